package fr.missive.model.institution;

/** The institution's logo as the user gave it: PNG or JPEG bytes and their media type. */
public record Logo(byte[] bytes, String mediaType) {

    public Logo {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }
}

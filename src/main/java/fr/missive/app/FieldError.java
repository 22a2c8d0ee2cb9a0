package fr.missive.app;

import fr.missive.model.UserMessage;

/** One input the user must correct: the field's code name and what is wrong with it. */
public record FieldError(String field, UserMessage message) {
}

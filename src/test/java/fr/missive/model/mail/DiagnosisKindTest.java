package fr.missive.model.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DiagnosisKindTest {

    @Test
    void fieldAtFaultNamesASettingOrThePasswordOrAnAddress() {
        Set<String> known = new HashSet<>(Set.of("password", "from", "to"));
        Arrays.stream(SmtpSettings.class.getRecordComponents()).map(RecordComponent::getName).forEach(known::add);

        for (DiagnosisKind kind : DiagnosisKind.values()) {
            kind.field().ifPresent(field -> assertThat(known).as(kind.name()).contains(field));
        }
        assertThat(DiagnosisKind.AUTH_REFUSED.field()).contains("password");
        assertThat(DiagnosisKind.RECIPIENT_REFUSED.field()).contains("to");
        assertThat(DiagnosisKind.OTHER.field()).isEmpty();
    }
}

package org.safereturn.cases;

import java.util.List;
import org.safereturn.cases.CaseDtos.Exploitation;
import org.safereturn.cases.CaseDtos.IdentifyRequest;
import org.safereturn.common.error.ProblemException;

/** What an identification decision must hold together: a type of labour or of sexual exploitation only beside its form. */
final class IdentificationRules {
    private IdentificationRules() {}

    /** 422 when types are named without the form they detail. */
    static void check(IdentifyRequest r) {
        List<Exploitation> forms = r.forms() == null ? List.of() : r.forms();
        if (r.labourTypes() != null && !r.labourTypes().isEmpty() && !forms.contains(Exploitation.FORCED_LABOUR)) {
            throw ProblemException.invalid("labourTypes", "types of labour detail the form FORCED_LABOUR: name that form too");
        }
        if (r.sexualExploitationTypes() != null && !r.sexualExploitationTypes().isEmpty() && !forms.contains(Exploitation.SEXUAL)) {
            throw ProblemException.invalid("sexualExploitationTypes", "types of sexual exploitation detail the form SEXUAL: name that form too");
        }
    }
}

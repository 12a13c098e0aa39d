package ru.probity.materials;

import ru.probity.acts.ActKind;

/** What a material is, and the kind of document it becomes in the acts register when sent by letter. */
public enum MaterialKind {
    RECOMMENDATIONS(ActKind.METHODOLOGICAL_RECOMMENDATIONS),
    COURT_PRACTICE(ActKind.COURT_PRACTICE_REVIEW),
    ACT_TEMPLATE(ActKind.DOCUMENT_FORM),
    PRESENTATION(ActKind.METHODOLOGICAL_RECOMMENDATIONS),
    OTHER(ActKind.INFORMATION_LETTER);

    private final ActKind actKind;

    MaterialKind(ActKind actKind) {
        this.actKind = actKind;
    }

    ActKind actKind() {
        return actKind;
    }
}

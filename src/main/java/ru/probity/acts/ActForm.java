package ru.probity.acts;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;

/** The requisites of an act as entered on its form; {@link #validate()} gives the field errors. */
public class ActForm {

    /** Field → message key of what is wrong; empty when the form is fine. */
    Map<String, String> validate() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (kind == null) {
            errors.put("kind", "acts.error.kind");
        }
        if (title == null || title.isBlank()) {
            errors.put("title", "acts.error.title");
        } else if (title.length() > 1000) {
            errors.put("title", "acts.error.long");
        }
        if (link != null && !link.isBlank() && !link.matches("(?i)https?://\\S+")) {
            errors.put("link", "acts.error.link");
        }
        if (status == null) {
            status = ActStatus.IN_FORCE;
        }
        return errors;
    }

    /** The tags entered as "a, b; c". */
    List<String> tagList() {
        return tags == null
                ? List.of()
                : Arrays.stream(tags.split("[,;]"))
                        .map(String::strip)
                        .filter(t -> !t.isEmpty())
                        .distinct()
                        .toList();
    }

    static ActForm of(LegalAct act) {
        ActForm form = new ActForm();
        form.kind = act.kind();
        form.number = act.number();
        form.adoptedOn = act.adoptedOn();
        form.title = act.title();
        form.issuer = act.issuer();
        form.status = act.status();
        form.link = act.link();
        form.tags = String.join(", ", act.tags());
        form.replacesId = act.replacesId();
        return form;
    }

    private ActKind kind;

    private String number;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate adoptedOn;

    private String title;

    private String issuer;

    private ActStatus status = ActStatus.IN_FORCE;

    private String link;

    private String tags;

    private Long replacesId;

    public ActKind getKind() {
        return kind;
    }

    public void setKind(ActKind kind) {
        this.kind = kind;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public LocalDate getAdoptedOn() {
        return adoptedOn;
    }

    public void setAdoptedOn(LocalDate adoptedOn) {
        this.adoptedOn = adoptedOn;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getIssuer() {
        return issuer;
    }

    public void setIssuer(String issuer) {
        this.issuer = issuer;
    }

    public ActStatus getStatus() {
        return status;
    }

    public void setStatus(ActStatus status) {
        this.status = status;
    }

    public String getLink() {
        return link;
    }

    public void setLink(String link) {
        this.link = link;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    public Long getReplacesId() {
        return replacesId;
    }

    public void setReplacesId(Long replacesId) {
        this.replacesId = replacesId;
    }
}

package ru.probity.declarations;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import ru.probity.portal.PublicPage;
import ru.probity.portal.PublicSection;

/**
 * The subsection «Сведения о доходах, расходах, об имуществе и обязательствах имущественного
 * характера» of an organization's public section (Приказ Минтруда №530н): the organization's own
 * published extracts of Указ №613 per year. While publication is suspended (Указ №968 of 29.12.2022,
 * {@link PublicationSwitch}) it is the explanation alone: no year pages, no figures.
 */
@Component
class IncomeSection implements PublicSection {

    static final String ID = "income";

    private final Publication publication;
    private final DeclarationTexts texts;

    IncomeSection(Publication publication, DeclarationTexts texts) {
        this.publication = publication;
        this.texts = texts;
    }

    static String path(long organizationId) {
        return "/public/" + organizationId + "/" + ID;
    }

    static String yearPath(long organizationId, int year) {
        return path(organizationId) + "/" + year;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String titleKey() {
        return "declarations.portal.title";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public List<PublicPage> pages(long organizationId) {
        List<PublicPage> pages = new ArrayList<>();
        pages.add(new PublicPage(path(organizationId), texts.text(titleKey()), null));
        for (int year : publication.years(organizationId)) {
            pages.add(new PublicPage(
                    yearPath(organizationId, year), texts.text("declarations.portal.heading", year), null));
        }
        return pages;
    }
}

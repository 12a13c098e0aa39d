package ru.probity.portal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.AccessDeniedException;
import ru.probity.access.CurrentUser;
import ru.probity.org.Organizations;
import ru.probity.platform.NotFound;
import ru.probity.platform.Refusal;
import ru.probity.platform.RegionTime;
import ru.probity.portal.text.RichText;

/**
 * The organization's own pages and news in its public section. The regional administrator and the
 * anti-corruption officers edit those of the organizations of their subtree (every call checks it);
 * anyone reads the published ones. The rich text is sanitized when it is saved and again when it is
 * read ({@link RichText}); each publication, change of a public page and withdrawal is written to the
 * {@link PublicationLog} in the same transaction.
 */
@Service
@Transactional
public class PortalContent {

    /** The subsection id of the own pages in the publication log and the port. */
    public static final String PAGES = "page";

    /** The subsection id of the news. */
    public static final String NEWS = "news";

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final int MAX_TITLE = 300;
    private static final int MAX_BODY = 200_000;

    private final PortalContentStore store;
    private final PortalStore organizations;
    private final Organizations tree;
    private final PublicationLog log;
    private final PortalMenu menu;
    private final RegionTime regionTime;

    PortalContent(
            PortalContentStore store,
            PortalStore organizations,
            Organizations tree,
            PublicationLog log,
            PortalMenu menu,
            RegionTime regionTime) {
        this.store = store;
        this.organizations = organizations;
        this.tree = tree;
        this.log = log;
        this.menu = menu;
        this.regionTime = regionTime;
    }

    /** Whether the user edits the public section of this organization: an officer of its subtree. */
    public boolean canEdit(CurrentUser user, long organizationId) {
        return user.role().managesRegistry() && tree.isVisible(user, organizationId);
    }

    /** Whether the user edits the public section of any organization (his own at least). */
    public boolean canEditAny(CurrentUser user) {
        return user.role().managesRegistry();
    }

    private PortalOrganization requireEditor(CurrentUser user, long organizationId) {
        if (!canEdit(user, organizationId)) {
            throw new AccessDeniedException(
                    "User " + user.username() + " may not edit the public section of " + organizationId);
        }
        return organizations
                .organization(organizationId)
                .orElseThrow(() -> new NotFound("organization", organizationId));
    }

    /** The organization whose section the officer edits (his own, or one of his subtree). */
    @Transactional(readOnly = true)
    public PortalOrganization organization(CurrentUser user, long organizationId) {
        return requireEditor(user, organizationId);
    }

    /**
     * The places a page may take: the section's home page (its intro), each subsection of Приказ
     * №530н of the menu, «Иная информация»; as message key by value.
     */
    public Map<String, String> placements() {
        Map<String, String> places = new LinkedHashMap<>();
        places.put(OwnPage.HOME, "portal.place.home");
        for (PublicSection s : menu.sections()) {
            if (s.order() < 100 && !s.id().equals(NEWS) && !s.id().equals(PAGES)) {
                places.put(s.id(), s.titleKey());
            }
        }
        places.put(OwnPage.OTHER, "portal.place.other");
        return places;
    }

    // the officer's pages

    @Transactional(readOnly = true)
    public List<OwnPage> pages(CurrentUser user, long organizationId) {
        requireEditor(user, organizationId);
        return store.pages(organizationId, false);
    }

    @Transactional(readOnly = true)
    public OwnPage page(CurrentUser user, long pageId) {
        OwnPage page = store.page(pageId).orElseThrow(() -> new NotFound("page", pageId));
        requireEditor(user, page.organizationId());
        return page;
    }

    @Transactional(readOnly = true)
    public List<PageVersion> versions(CurrentUser user, long pageId) {
        page(user, pageId);
        return store.versions(pageId).stream()
                .map(v -> new PageVersion(
                        v.id(),
                        v.number(),
                        v.title(),
                        RichText.sanitize(v.body()),
                        v.menuSection(),
                        v.published(),
                        v.at(),
                        v.by()))
                .toList();
    }

    /** Adds a page to the organization's section; returns its id. */
    public long createPage(CurrentUser user, long organizationId, PageForm form) {
        requireEditor(user, organizationId);
        Checked page = check(organizationId, form, null);
        long id = store.insertPage(
                organizationId,
                page.slug(),
                page.title(),
                page.body(),
                RichText.plain(page.body()),
                page.menuSection(),
                page.position(),
                Boolean.TRUE.equals(form.published()),
                user.username());
        if (Boolean.TRUE.equals(form.published())) {
            OwnPage saved = store.page(id).orElseThrow();
            log.record(
                    organizationId,
                    PAGES,
                    saved.path(),
                    saved.title(),
                    PublicationLog.Action.PUBLISHED,
                    user.username());
        }
        return id;
    }

    /** Saves a new version of the page. */
    public void updatePage(CurrentUser user, long pageId, PageForm form) {
        OwnPage before = page(user, pageId);
        Checked page = check(before.organizationId(), form, pageId);
        store.updatePage(
                pageId,
                page.slug(),
                page.title(),
                page.body(),
                RichText.plain(page.body()),
                page.menuSection(),
                page.position(),
                Boolean.TRUE.equals(form.published()),
                user.username());
        OwnPage after = store.page(pageId).orElseThrow();
        if (before.published() && !after.path().equals(before.path())) {
            log.record(
                    before.organizationId(),
                    PAGES,
                    before.path(),
                    before.title(),
                    PublicationLog.Action.WITHDRAWN,
                    user.username());
            if (after.published()) {
                log.record(
                        after.organizationId(),
                        PAGES,
                        after.path(),
                        after.title(),
                        PublicationLog.Action.PUBLISHED,
                        user.username());
            }
            return;
        }
        record(after.organizationId(), PAGES, after.path(), after.title(), before.published(), after.published(), user);
    }

    /**
     * Brings back a former version of the page — its title, text, place and state — as a new version
     * (the address and the order stay).
     */
    public void restoreVersion(CurrentUser user, long pageId, long versionId) {
        OwnPage page = page(user, pageId);
        PageVersion version = store.versions(pageId).stream()
                .filter(v -> v.id() == versionId)
                .findFirst()
                .orElseThrow(() -> new NotFound("page version", versionId));
        updatePage(
                user,
                pageId,
                new PageForm(
                        version.title(),
                        page.slug(),
                        version.body(),
                        version.menuSection(),
                        page.position(),
                        version.published()));
    }

    /** Deletes the page with its versions (a published one is withdrawn in the log). */
    public void deletePage(CurrentUser user, long pageId) {
        OwnPage page = page(user, pageId);
        store.deletePage(pageId);
        if (page.published()) {
            log.record(
                    page.organizationId(),
                    PAGES,
                    page.path(),
                    page.title(),
                    PublicationLog.Action.WITHDRAWN,
                    user.username());
        }
    }

    private void record(
            long organizationId, String section, String path, String title, boolean was, boolean is, CurrentUser user) {
        if (was && is) {
            log.record(organizationId, section, path, title, PublicationLog.Action.UPDATED, user.username());
        } else if (is) {
            log.record(organizationId, section, path, title, PublicationLog.Action.PUBLISHED, user.username());
        } else if (was) {
            log.record(organizationId, section, path, title, PublicationLog.Action.WITHDRAWN, user.username());
        }
    }

    private record Checked(String slug, String title, String body, String menuSection, int position) {}

    private Checked check(long organizationId, PageForm form, Long pageId) {
        Map<String, String> wrong = new LinkedHashMap<>();
        String title = form.title() == null ? "" : form.title().strip();
        if (title.isEmpty()) {
            wrong.put("title", "portal.error.title");
        } else if (title.length() > MAX_TITLE) {
            wrong.put("title", "portal.error.titleLong");
        }
        String slug = form.slug() == null ? "" : form.slug().strip().toLowerCase(java.util.Locale.ROOT);
        if (!SLUG.matcher(slug).matches() || slug.length() > 60) {
            wrong.put("slug", "portal.error.slug");
        } else if (store.slugTaken(organizationId, slug, pageId)) {
            wrong.put("slug", "portal.error.slugTaken");
        }
        String menuSection = form.menuSection() == null ? OwnPage.OTHER : form.menuSection();
        if (!placements().containsKey(menuSection)) {
            wrong.put("menuSection", "portal.error.place");
        } else if (OwnPage.HOME.equals(menuSection) && store.homeTaken(organizationId, pageId)) {
            wrong.put("menuSection", "portal.error.homeTaken");
        }
        String body = form.body() == null ? "" : form.body();
        if (body.length() > MAX_BODY) {
            wrong.put("body", "portal.error.bodyLong");
        }
        String clean = RichText.sanitize(body);
        if (!wrong.containsKey("body") && RichText.plain(clean).isEmpty()) {
            wrong.put("body", "portal.error.body");
        }
        int position = form.position() == null ? 0 : form.position();
        if (position < 0 || position > 9999) {
            wrong.put("position", "portal.error.position");
        }
        if (!wrong.isEmpty()) {
            throw Refusal.invalidFields(wrong);
        }
        return new Checked(slug, title, clean, menuSection, position);
    }

    // the officer's news

    @Transactional(readOnly = true)
    public List<NewsItem> news(CurrentUser user, long organizationId) {
        requireEditor(user, organizationId);
        return store.news(organizationId, false, 500);
    }

    @Transactional(readOnly = true)
    public NewsItem newsItem(CurrentUser user, long newsId) {
        NewsItem item = store.newsItem(newsId).orElseThrow(() -> new NotFound("news", newsId));
        requireEditor(user, item.organizationId());
        return item;
    }

    public long createNews(CurrentUser user, long organizationId, NewsForm form) {
        requireEditor(user, organizationId);
        CheckedNews news = check(form);
        long id = store.insertNews(
                organizationId,
                news.title(),
                news.date(),
                news.body(),
                RichText.plain(news.body()),
                Boolean.TRUE.equals(form.published()),
                user.username());
        if (Boolean.TRUE.equals(form.published())) {
            log.record(
                    organizationId,
                    NEWS,
                    "/public/" + organizationId + "/news/" + id,
                    news.title(),
                    PublicationLog.Action.PUBLISHED,
                    user.username());
        }
        return id;
    }

    public void updateNews(CurrentUser user, long newsId, NewsForm form) {
        NewsItem before = newsItem(user, newsId);
        CheckedNews news = check(form);
        store.updateNews(
                newsId,
                news.title(),
                news.date(),
                news.body(),
                RichText.plain(news.body()),
                Boolean.TRUE.equals(form.published()),
                user.username());
        record(
                before.organizationId(),
                NEWS,
                before.path(),
                news.title(),
                before.published(),
                Boolean.TRUE.equals(form.published()),
                user);
    }

    public void deleteNews(CurrentUser user, long newsId) {
        NewsItem item = newsItem(user, newsId);
        store.deleteNews(newsId);
        if (item.published()) {
            log.record(
                    item.organizationId(),
                    NEWS,
                    item.path(),
                    item.title(),
                    PublicationLog.Action.WITHDRAWN,
                    user.username());
        }
    }

    private record CheckedNews(String title, LocalDate date, String body) {}

    private CheckedNews check(NewsForm form) {
        Map<String, String> wrong = new LinkedHashMap<>();
        String title = form.title() == null ? "" : form.title().strip();
        if (title.isEmpty()) {
            wrong.put("title", "portal.error.title");
        } else if (title.length() > MAX_TITLE) {
            wrong.put("title", "portal.error.titleLong");
        }
        LocalDate date = null;
        if (form.date() == null || form.date().isBlank()) {
            date = regionTime.today();
        } else {
            try {
                date = LocalDate.parse(form.date().strip());
            } catch (DateTimeParseException e) {
                wrong.put("date", "portal.error.date");
            }
        }
        String body = form.body() == null ? "" : form.body();
        if (body.length() > MAX_BODY) {
            wrong.put("body", "portal.error.bodyLong");
        }
        String clean = RichText.sanitize(body);
        if (!wrong.containsKey("body") && RichText.plain(clean).isEmpty()) {
            wrong.put("body", "portal.error.body");
        }
        if (!wrong.isEmpty()) {
            throw Refusal.invalidFields(wrong);
        }
        return new CheckedNews(title, date, clean);
    }

    @Transactional(readOnly = true)
    public List<PublicationLog.Entry> log(CurrentUser user, long organizationId) {
        requireEditor(user, organizationId);
        return log.recent(organizationId, 200);
    }

    // what anyone reads

    /** The published intro of the organization's section home, sanitized again. */
    @Transactional(readOnly = true)
    public java.util.Optional<OwnPage> publicHome(long organizationId) {
        return store.publishedHome(organizationId).map(PortalContent::clean);
    }

    /** A published page by its address. */
    @Transactional(readOnly = true)
    public OwnPage publicPage(long organizationId, String slug) {
        return store.publishedPage(organizationId, slug)
                .filter(p -> !OwnPage.HOME.equals(p.menuSection()))
                .map(PortalContent::clean)
                .orElseThrow(() -> new NotFound("page", slug));
    }

    /** The published pages (without the home intro) for the menu, sitemap and export. */
    @Transactional(readOnly = true)
    public List<OwnPage> publicPages(long organizationId) {
        return store.pages(organizationId, true);
    }

    @Transactional(readOnly = true)
    public List<NewsItem> publicNews(long organizationId, int limit) {
        return store.news(organizationId, true, limit).stream()
                .map(PortalContent::clean)
                .toList();
    }

    @Transactional(readOnly = true)
    public boolean hasPublicNews(long organizationId) {
        return store.hasPublishedNews(organizationId);
    }

    @Transactional(readOnly = true)
    public NewsItem publicNewsItem(long organizationId, long newsId) {
        return store.newsItem(newsId)
                .filter(n -> n.published() && n.organizationId() == organizationId)
                .map(PortalContent::clean)
                .orElseThrow(() -> new NotFound("news", newsId));
    }

    @Transactional(readOnly = true)
    public List<PublicHit> searchPages(long organizationId, String q, int limit) {
        return store.searchPages(organizationId, q, limit);
    }

    @Transactional(readOnly = true)
    public List<PublicHit> searchNews(long organizationId, String q, int limit) {
        return store.searchNews(organizationId, q, limit);
    }

    private static OwnPage clean(OwnPage p) {
        return new OwnPage(
                p.id(),
                p.organizationId(),
                p.slug(),
                p.title(),
                RichText.sanitize(p.body()),
                p.menuSection(),
                p.position(),
                p.published(),
                p.version(),
                p.updatedAt(),
                p.updatedBy());
    }

    private static NewsItem clean(NewsItem n) {
        return new NewsItem(
                n.id(),
                n.organizationId(),
                n.title(),
                n.date(),
                RichText.sanitize(n.body()),
                n.published(),
                n.updatedAt(),
                n.updatedBy());
    }
}

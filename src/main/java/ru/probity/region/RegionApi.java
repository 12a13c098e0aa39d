package ru.probity.region;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.probity.access.CurrentUser;

/** The region's dashboard through the API: the same table as the page. */
@RestController
@RequestMapping(path = "/api/v1/region", produces = "application/json")
@Tag(name = "Показатели региона", description = "Показатели по муниципальным образованиям и организациям поддерева")
class RegionApi {

    private final RegionDashboard dashboards;

    RegionApi(RegionDashboard dashboards) {
        this.dashboards = dashboards;
    }

    @GetMapping("/dashboard")
    @Operation(
            summary = "Показатели по организациям, подчинённым организации пользователя (или указанной)",
            description = "columns — показатели (id, раздел, название; of — показатель, долей которого он является),"
                    + " rows — организации, каждая со значениями по всему своему поддереву (values), долями в"
                    + " процентах (percents) и ссылками на списки, откуда взяты значения (links); total — всё"
                    + " поддерево организации. organization — другая организация поддерева пользователя, sort —"
                    + " name или id показателя, desc — по убыванию.")
    RegionDashboard.Dashboard dashboard(
            @RequestParam(required = false) Long organization,
            @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "false") boolean desc) {
        return dashboards.dashboard(CurrentUser.get(), organization, sort, desc);
    }
}

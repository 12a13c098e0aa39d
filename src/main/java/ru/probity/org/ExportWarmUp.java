package ru.probity.org;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import ru.probity.org.exchange.ImportedEmployee;
import ru.probity.org.exchange.PeopleFile;
import ru.probity.org.exchange.PersonRow;
import ru.probity.platform.WarmUp;

/**
 * Writes a people export of one made-up employee and his relative into nowhere once the
 * application is ready, off the request path ({@link WarmUp}): the first real export does not load
 * POI's spreadsheet classes.
 */
@Component
class ExportWarmUp {

    @EventListener(ApplicationReadyEvent.class)
    void warm(ApplicationReadyEvent event) {
        WarmUp.inBackground(event, "people-export", ExportWarmUp::export);
    }

    static void export() throws Exception {
        LocalDate date = LocalDate.of(1980, 1, 1);
        PersonRow employee = new PersonRow(
                2,
                1L,
                "Иванов",
                "Иван",
                "Иванович",
                date,
                "500100732259",
                "11223344595",
                "+7 900 000-00-00",
                "ivanov@example.org",
                "г. Калуга",
                "специалист",
                date,
                null,
                true,
                false,
                false,
                true,
                false,
                null,
                null,
                1L,
                EmployeeCategory.MUNICIPAL_SERVANT);
        PersonRow relative = new PersonRow(
                3,
                1L,
                "Иванова",
                "Мария",
                "Петровна",
                date,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                false,
                false,
                false,
                false,
                false,
                RelationKind.values()[0],
                "ООО «Пример»",
                null,
                null);
        PeopleFile.writeXlsx(
                List.of(new ImportedEmployee(employee, List.of(relative))),
                Map.of(1L, "Организация"),
                OutputStream.nullOutputStream());
    }
}

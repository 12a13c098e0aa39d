package ru.probity.redflags.indicators;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import ru.probity.procurement.model.Company;
import ru.probity.procurement.model.Contract;

/**
 * {@code supplier_unreliable_data}: ЕГРЮЛ holds a record that the supplier's address, director or
 * founder is unreliable (129-ФЗ ст.11 п.6; docs/red-flags.md).
 */
final class SupplierUnreliableData implements Indicator {

    private static final IndicatorInfo INFO = new IndicatorInfo(
            "supplier_unreliable_data",
            "Недостоверные сведения о поставщике в ЕГРЮЛ",
            "В ЕГРЮЛ внесена запись о недостоверности сведений о поставщике — его адресе, руководителе или"
                    + " учредителе (129-ФЗ ст.11 п.6): признак номинальной организации.",
            "129-ФЗ ст.11 п.6; 44-ФЗ ст.31 ч.1 (единые требования к участникам закупки)",
            IndicatorInfo.Level.CONTRACT,
            1,
            0.4);

    @Override
    public IndicatorInfo info() {
        return INFO;
    }

    @Override
    public void evaluate(Dataset data, double threshold, Consumer<Flag> out) {
        for (Contract c : data.contracts()) {
            Company company = data.company(Dataset.supplierInn(c));
            if (company == null || company.unreliableData().isEmpty()) {
                continue;
            }
            List<String> what = new ArrayList<>();
            for (String code : company.unreliableData()) {
                what.add(
                        switch (code) {
                            case "ADDRESS" -> "адрес";
                            case "DIRECTOR" -> "руководитель";
                            case "FOUNDER" -> "учредитель";
                            default -> code;
                        });
            }
            out.accept(ContractFacts.flag(
                    INFO.id(),
                    c,
                    1,
                    threshold,
                    "В ЕГРЮЛ внесена запись о недостоверности сведений о поставщике "
                            + ContractFacts.supplier(data, c) + " (" + String.join(", ", what)
                            + "); контракт " + ContractFacts.contract(c) + ".",
                    ContractFacts.documents(data, c)));
        }
    }
}

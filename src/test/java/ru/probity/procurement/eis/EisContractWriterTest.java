package ru.probity.procurement.eis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;
import ru.probity.procurement.model.Contract;
import ru.probity.procurement.model.Supplier;

class EisContractWriterTest {

    private static Schema schema;

    @BeforeAll
    static void loadSchema() throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        schema = factory.newSchema(EisContractWriterTest.class.getResource("/eis/xsd/fcsExport.xsd"));
    }

    private static byte[] write(List<Contract> contracts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (EisContractWriter writer = new EisContractWriter(out)) {
            contracts.forEach(writer::write);
        }
        return out.toByteArray();
    }

    @Test
    void readsBackWhatItWrote() {
        List<Contract> contracts = new ContractSamples(42).contracts(200);
        assertThat(contracts)
                .flatExtracting(Contract::suppliers)
                .extracting(Supplier::kind)
                .contains(Supplier.Kind.values());
        List<Contract> read = new ArrayList<>();
        long count = new EisContractReader().read(new ByteArrayInputStream(write(contracts)), "gen.xml", read::add);
        assertThat(count).isEqualTo(200);
        // the schema requires a single-supplier reason: the writer puts a placeholder point there
        assertThat(read.stream().map(EisContractWriterTest::withoutGround).toList())
                .containsExactlyElementsOf(contracts);
    }

    private static Contract withoutGround(Contract c) {
        return new Contract(
                c.regNum(),
                c.number(),
                c.signDate(),
                c.customerInn(),
                c.customerKpp(),
                c.customerName(),
                c.price(),
                c.currency(),
                c.subject(),
                c.purchaseNumber(),
                c.singleSupplier(),
                c.suppliers(),
                c.law(),
                c.okpd2(),
                null,
                c.versionNumber());
    }

    @Test
    void writtenContractsValidateAgainstTheEisSchema() throws Exception {
        byte[] xml = write(new ContractSamples(7).contracts(60));
        Validator validator = schema.newValidator();
        validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
    }

    @Test
    void aMinimalContractValidatesToo() throws Exception {
        Contract minimal = new Contract(
                "1402700000021000001",
                null,
                LocalDate.of(2021, 3, 4),
                null,
                null,
                null,
                new BigDecimal("0"),
                null,
                null,
                null,
                true,
                List.of(new Supplier(
                        Supplier.Kind.LEGAL_ENTITY,
                        "7707083893",
                        "773601001",
                        "ПАО СБЕРБАНК",
                        null,
                        "Москва, ул. Вавилова, 19",
                        "74955005550",
                        "sberbank@sberbank.ru")));
        schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(write(List.of(minimal)))));
    }

    @Test
    void theValidatorIsNotATautology() {
        Contract c = new ContractSamples(3).contract(1);
        Contract badNotice = new Contract(
                c.regNum(),
                c.number(),
                c.signDate(),
                c.customerInn(),
                c.customerKpp(),
                c.customerName(),
                c.price(),
                c.currency(),
                c.subject(),
                "12345",
                c.singleSupplier(),
                c.suppliers());
        assertThatThrownBy(() -> schema.newValidator()
                        .validate(new StreamSource(new ByteArrayInputStream(write(List.of(badNotice))))))
                .isInstanceOf(SAXException.class)
                .hasMessageContaining("12345");
    }

    @Test
    void refusesAContractWithoutRegistryNumber() {
        Contract c = new ContractSamples(1).contract(1);
        Contract noRegNum = new Contract(
                null,
                c.number(),
                c.signDate(),
                c.customerInn(),
                c.customerKpp(),
                c.customerName(),
                c.price(),
                c.currency(),
                c.subject(),
                c.purchaseNumber(),
                c.singleSupplier(),
                c.suppliers());
        assertThatThrownBy(() -> write(List.of(noRegNum))).isInstanceOf(IllegalArgumentException.class);
    }
}

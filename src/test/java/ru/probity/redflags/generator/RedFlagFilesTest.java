package ru.probity.redflags.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.SAXException;

class RedFlagFilesTest {

    private static Schema schema;

    @BeforeAll
    static void loadSchema() throws Exception {
        schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(RedFlagFilesTest.class.getResource("/eis/xsd/fcsExport.xsd"));
    }

    @Test
    void writesEveryKindOfDocumentAndTheTruth(@TempDir Path dir) throws Exception {
        RedFlagWorld world = new RedFlagGenerator(1, 1_000).generate();
        RedFlagFiles.write(world, dir);
        assertThat(dir.resolve("notices/notices-001.xml")).exists();
        assertThat(dir.resolve("protocols/protocols-001.xml")).exists();
        assertThat(dir.resolve("contracts/contracts-001.xml")).exists();
        assertThat(dir.resolve("contracts/procedures-001.xml")).exists();
        assertThat(dir.resolve("registry/egrul-001.xml")).exists();
        assertThat(RedFlagFiles.readExpected(dir.resolve("truth.csv"))).isEqualTo(world.truth());
        String contracts = Files.readString(dir.resolve("contracts/contracts-001.xml"));
        assertThat(count(contracts, "<ns2:contract "))
                .isEqualTo(world.contracts().size());
        assertThat(contracts).contains("<versionNumber>1</versionNumber>", "<modification><contractChange>");
        String protocols = Files.readString(dir.resolve("protocols/protocols-001.xml"));
        assertThat(protocols).contains("<ns2:fcsProtocolEF2 ", "<ns2:fcsProtocolEF3 ", "<ns2:fcsProtocolEFSingleApp ");
    }

    /**
     * Each contract version (as signed and amended), the auctions' notices, the protocols (offers,
     * decisions, single application) and the execution validate against fcsExport.xsd 11.0.
     */
    @Test
    void documentsValidateAgainstTheEisSchema(@TempDir Path dir) throws Exception {
        RedFlagWorld world = new RedFlagGenerator(2, 600).generate();
        RedFlagFiles.write(world, dir);
        List<String> errors =
                validateEach(Files.readString(dir.resolve("contracts/contracts-001.xml")), "contract", 40);
        assertThat(errors).isEmpty();
        String protocols = Files.readString(dir.resolve("protocols/protocols-001.xml"));
        for (String kind : List.of("fcsProtocolEF2", "fcsProtocolEF3", "fcsProtocolEFSingleApp")) {
            assertThat(validateEach(protocols, kind, 20)).as(kind).isEmpty();
        }
        assertThat(validateEach(Files.readString(dir.resolve("notices/notices-001.xml")), "fcsNotificationEF", 20))
                .isEmpty();
        assertThat(validateEach(Files.readString(dir.resolve("contracts/procedures-001.xml")), "contractProcedure", 20))
                .isEmpty();
    }

    private static List<String> validateEach(String file, String element, int limit) throws Exception {
        List<String> errors = new ArrayList<>();
        Matcher m = Pattern.compile("<ns2:" + element + " .*?</ns2:" + element + ">\n")
                .matcher(file);
        int n = 0;
        boolean amended = false;
        while (m.find() && (n < limit || !amended)) {
            String doc = m.group();
            amended |= doc.contains("<modification>");
            n++;
            String xml = EisXml.HEADER + doc + EisXml.FOOTER;
            try {
                schema.newValidator()
                        .validate(new StreamSource(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));
            } catch (SAXException e) {
                errors.add(e.getMessage());
            }
        }
        return errors;
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}

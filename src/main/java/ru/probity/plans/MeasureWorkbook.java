package ru.probity.plans;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.poi.EmptyFileException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import ru.probity.platform.BoundedZip;
import ru.probity.platform.Refusal;
import ru.probity.platform.UploadLimits;
import ru.probity.platform.UploadRefused;
import ru.probity.platform.XlsxRows;

/**
 * The rows of the first sheet of an uploaded XLSX of measures, streamed ({@link XlsxRows}) after the
 * archive is checked against the upload limits ({@link BoundedZip}); a file that is not a readable
 * XLSX is refused in Russian.
 */
final class MeasureWorkbook {

    private MeasureWorkbook() {}

    static List<Map.Entry<Integer, List<Object>>> rows(String fileName, byte[] bytes) {
        UploadLimits limits = UploadLimits.current();
        List<Map.Entry<Integer, List<Object>>> rows = new ArrayList<>();
        OPCPackage pkg = null;
        try {
            try {
                BoundedZip.check(new ByteArrayInputStream(bytes), limits.office(), fileName);
            } catch (java.util.zip.ZipException e) {
                throw Refusal.invalid("plans.import.corrupt");
            }
            pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
            var reader = new XSSFReader(pkg);
            var strings = new ReadOnlySharedStringsTable(pkg, false);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw Refusal.invalid("plans.import.empty");
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XlsxRows(
                        strings,
                        reader.getStylesTable(),
                        (row, cells) -> rows.add(Map.entry(row, new ArrayList<>(cells)))));
                parser.parse(new InputSource(sheet));
            }
            return rows;
        } catch (Refusal | UploadRefused e) {
            throw e;
        } catch (OLE2NotOfficeXmlFileException e) {
            throw Refusal.invalid("plans.import.xls");
        } catch (NotOfficeXmlFileException | EmptyFileException e) {
            throw Refusal.invalid("plans.import.corrupt");
        } catch (IOException | OpenXML4JException | SAXException | RuntimeException e) {
            UploadRefused refused = UploadRefused.of(e, fileName, limits);
            if (refused != null) {
                throw refused;
            }
            throw Refusal.invalid("plans.import.corrupt");
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException("XML parser is not available", e);
        } finally {
            if (pkg != null) {
                pkg.revert(); // opened for reading only
            }
        }
    }
}

package ru.probity.org.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Iterator;
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
import ru.probity.platform.UploadLimits;
import ru.probity.platform.UploadRefused;
import ru.probity.platform.XlsxRows;

/**
 * Reads a people table from the first sheet of an XLSX workbook with the streaming (SAX) event API:
 * memory stays small and 50,000 rows take a second or two. The workbook (a ZIP archive) is read
 * through first and refused when its parts expand past {@code max-office-expanded} or are
 * compressed like a «zip bomb»; only then does POI open it (in memory).
 */
final class XlsxPeopleReader {

    static final String CORRUPT = "Файл повреждён или не является книгой Excel (XLSX)";

    private XlsxPeopleReader() {}

    static ParseResult read(InputStream in, LocalDate today, String fileName, UploadLimits limits) {
        var collector = new PeopleCollector(today, limits.maxRows());
        OPCPackage pkg = null;
        try {
            byte[] bytes = in.readAllBytes();
            try {
                BoundedZip.check(new ByteArrayInputStream(bytes), limits.office(), fileName);
            } catch (java.util.zip.ZipException e) {
                return ParseResult.failed(CORRUPT);
            }
            pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
            var reader = new XSSFReader(pkg);
            var strings = new ReadOnlySharedStringsTable(pkg, false);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                return ParseResult.failed("В книге Excel нет ни одного листа");
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XlsxRows(strings, reader.getStylesTable(), collector::row));
                parser.parse(new InputSource(sheet));
            }
        } catch (OLE2NotOfficeXmlFileException e) {
            return ParseResult.failed(
                    "Файл в старом формате Excel 97–2003 (XLS): сохраните его в Excel как «Книга Excel (*.xlsx)»");
        } catch (NotOfficeXmlFileException | EmptyFileException e) {
            return ParseResult.failed(CORRUPT);
        } catch (IOException | OpenXML4JException | SAXException | RuntimeException e) {
            UploadRefused refused = UploadRefused.of(e, fileName, limits);
            if (refused != null) {
                throw refused;
            }
            return ParseResult.failed(CORRUPT);
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException("XML parser is not available", e);
        } finally {
            if (pkg != null) {
                pkg.revert(); // opened for reading only: nothing to save
            }
        }
        return collector.result();
    }
}

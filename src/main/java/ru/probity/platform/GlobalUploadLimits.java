package ru.probity.platform;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The limits of uploads set once, at start, where plain code reads them: {@link
 * UploadLimits#current()} for the file readers, and Apache POI's own guard against «zip bombs» in
 * XLSX and DOCX ({@code ZipSecureFile}: the smallest inflate ratio, the largest part, at most
 * {@value UploadLimits#OFFICE_PARTS} parts). POI's refusal («Zip bomb detected!») is translated by {@link UploadRefused#of}.
 */
@Component
class GlobalUploadLimits {

    private static final Logger log = LoggerFactory.getLogger(GlobalUploadLimits.class);

    GlobalUploadLimits(UploadLimits limits) {
        UploadLimits.install(limits);
        ZipSecureFile.setMinInflateRatio(1.0 / limits.maxRatio());
        ZipSecureFile.setMaxEntrySize(limits.maxOfficeExpanded().toBytes());
        ZipSecureFile.setMaxFileCount(UploadLimits.OFFICE_PARTS);
        log.debug("Upload limits: {}", limits);
    }
}

package org.apparatus.preserve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.Instant;
import java.util.Map;
import java.util.SortedMap;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A ZIP archive that is the same bytes whenever it is made from the same entries: entries in name order, stored
 * uncompressed (so a WACZ reader can seek into them), all with one fixed time written as a plain DOS time, with no
 * time zone or extra fields.
 */
final class StoredZip {

    private StoredZip() {
    }

    /**
     * @param entries the entries by name ({@code archive/data.warc}), sorted
     * @param time the time every entry carries (UTC)
     */
    static byte[] of(SortedMap<String, byte[]> entries, Instant time) {
        LocalDateTime local = LocalDateTime.ofInstant(time, ZoneOffset.UTC);
        if (local.getYear() < 1980 || local.getYear() > 2107) {
            throw new IllegalArgumentException("a ZIP entry time lies between 1980 and 2107: " + time);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setMethod(ZipOutputStream.STORED);
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                byte[] data = entry.getValue();
                ZipEntry zipEntry = new ZipEntry(entry.getKey());
                zipEntry.setMethod(ZipEntry.STORED);
                zipEntry.setSize(data.length);
                zipEntry.setCompressedSize(data.length);
                CRC32 crc = new CRC32();
                crc.update(data);
                zipEntry.setCrc(crc.getValue());
                zipEntry.setTimeLocal(local); // a DOS time as it is: no zone, no extended-time field
                zip.putNextEntry(zipEntry);
                zip.write(data);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // writing to memory
        }
        return bytes.toByteArray();
    }
}

package org.zonewatch.report.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The summary workbook opens in LibreOffice, which shows every sheet as the formats say: converted to CSV with
 * "contents as shown", the figures read as the articles wrote them. LibreOffice must be installed (Debian:
 * libreoffice-calc-nogui); without it this test fails rather than skips, so CI cannot pass unchecked.
 */
class LibreOfficeTest {

    private static final List<Path> CANDIDATES = List.of(Path.of("/usr/bin/soffice"), Path.of("/usr/bin/libreoffice"),
            Path.of("/usr/lib/libreoffice/program/soffice"), Path.of("/opt/libreoffice/program/soffice"));
    private static final long TIMEOUT_SECONDS = 180;
    /**
     * CSV export options: comma, double quote, UTF-8, from line 1, no column formats, default language, no
     * forced quoting, detect numbers, save cell contents as shown, no formulas, keep spaces, all sheets.
     */
    private static final String CSV_ALL_SHEETS_AS_SHOWN =
            "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1";

    @Test
    void opensTheSummaryAndShowsEveryFigureAsTheArticleWroteIt(@TempDir Path dir) throws Exception {
        Path workbook = dir.resolve("summary.xlsx");
        try (OutputStream out = Files.newOutputStream(workbook)) {
            ReportWorkbooks.summary(SeedArticle.SCOPE, SummaryWorkbookTest.seedData(), out);
        }

        convert(workbook, dir);

        String investment = sheet(dir, "投资数据汇总");
        for (String shown : List.of("563", "55%", "46.26", "55.4%", "13.40", "46.9%", "14,790", "22.39%", "16.67%")) {
            assertTrue(investment.contains(shown), shown + " in\n" + investment);
        }
        String progress = sheet(dir, "政策进展汇总");
        for (String shown : List.of("62", "43", "70%", "16", "2021-04-28", "高标准推进_两区_建设")) {
            assertTrue(progress.contains(shown), shown + " in\n" + progress);
        }
        assertTrue(sheet(dir, "封面").contains("2026-11-27 18:30"));
        assertTrue(sheet(dir, "指标明细").contains("1,340,000,000"));
        assertTrue(sheet(dir, "文章清单").contains("无地区的文章"));
        assertTrue(sheet(dir, "落地率图表").contains("70%"));
        assertTrue(sheet(dir, "投资趋势图表").contains("9.80"));
    }

    private static void convert(Path workbook, Path dir) throws IOException, InterruptedException {
        Path soffice = CANDIDATES.stream().filter(Files::isExecutable).findFirst()
                .orElseThrow(() -> new AssertionError("LibreOffice not found at " + CANDIDATES
                        + ": install it (Debian: apt-get install libreoffice-calc-nogui)"));
        Path log = dir.resolve("soffice.log");
        Process process = new ProcessBuilder(soffice.toString(),
                // Its own profile: no clash with a running LibreOffice or another test run.
                "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless", "--norestore", "--convert-to", CSV_ALL_SHEETS_AS_SHOWN, "--outdir", dir.toString(),
                workbook.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("LibreOffice did not convert within " + TIMEOUT_SECONDS + " s:\n" + Files.readString(log));
        }
        assertEquals(0, process.exitValue(), "LibreOffice failed:\n" + Files.readString(log));
    }

    private static String sheet(Path dir, String name) throws IOException {
        Path csv = dir.resolve("summary-" + name + ".csv");
        if (!Files.exists(csv)) {
            try (Stream<Path> files = Files.list(dir)) {
                fail("LibreOffice wrote no " + csv.getFileName() + ", only " + files.toList());
            }
        }
        return Files.readString(csv, StandardCharsets.UTF_8);
    }
}

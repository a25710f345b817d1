package org.claimgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.claimgraph.TestData;
import org.claimgraph.reader.WarcFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A web archive goes through extract and ingest like a folder of saved pages. */
class WarcCommandsTest {
    private static final String URLS = "PREFIX schema: <https://schema.org/> SELECT ?url WHERE { ?d schema:url ?url } ORDER BY ?url";

    @Test
    void extractAndIngestReadEveryPageOfAnArchive(@TempDir Path dir) throws Exception {
        List<Path> seeds = WarcFixture.seeds(TestData.seeds());
        Path archive = WarcFixture.write(dir.resolve("crawl.warc.gz"), seeds);

        CliRun extract = CliRun.of("extract", "--format", "nq", archive.toString());
        assertEquals(0, extract.status(), extract.err());
        assertTrue(extract.err().contains(seeds.size() + " extracted, 2 non-text files ignored"), extract.err());
        Dataset ds = DatasetFactory.create();
        RDFParser.fromString(extract.out(), Lang.NQUADS).parse(ds);
        assertEquals(seeds.size(), org.apache.jena.atlas.iterator.Iter.count(ds.asDatasetGraph().listGraphNodes()));
        for (int i = 0; i < seeds.size(); i++) assertTrue(extract.out().contains("<https://schema.org/url> \"" + WarcFixture.target(i) + "\""), "url " + i);
        assertTrue(extract.out().contains("WARC-Date"), "the capture date is a date of evidence");

        String db = dir.resolve("tdb2").toString();
        CliRun ingest = CliRun.of("ingest", "--db", db, archive.toString());
        assertEquals(0, ingest.status(), ingest.err());
        CliRun urls = CliRun.of("query", "--db", db, "--format", "csv", "--query", URLS);
        assertEquals(seeds.size() + 1, urls.out().strip().split("\r?\n").length, urls.out());
        assertTrue(urls.out().contains(WarcFixture.target(0)), urls.out());
    }
}

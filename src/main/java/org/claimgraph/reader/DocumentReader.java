package org.claimgraph.reader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.claimgraph.doc.Document;
import org.claimgraph.doc.Iris;

/** Reads one input into a Document: its exact text and its identity. */
public final class DocumentReader {
    public Document read(Input input) throws InputRejected {
        byte[] bytes;
        try {
            bytes = input.isStdin() ? System.in.readAllBytes() : Files.readAllBytes(input.path());
        } catch (IOException e) {
            throw new InputRejected("cannot read: " + e.getMessage());
        }
        if (bytes.length == 0) throw new InputRejected("empty file");
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
        Document doc = new Document(input.given(), text);
        doc.setId(Iris.document(text));
        return doc;
    }
}

// The bench's reference: Lucene BM25 with the kuromoji analyzer (JapaneseAnalyzer), asked the
// same questions of the same synthetic corpus as `kotae ask --stdin` (bench/corpus.mjs writes it).
// One process: index the folder's .tsv rows in memory, then answer one question per stdin line,
// top 5, printing one JSON line per question with its took_ms; stderr gets the peak RSS (VmHWM).
//   javac -cp <lucene jars> -d <out> LuceneAsk.java && java -cp <out>:<lucene jars> LuceneAsk <folder> < questions
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;

public class LuceneAsk {
  public static void main(String[] args) throws Exception {
    JapaneseAnalyzer analyzer = new JapaneseAnalyzer();
    ByteBuffersDirectory index = new ByteBuffersDirectory();
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> listing = Files.newDirectoryStream(Paths.get(args[0]), "*.tsv")) {
      listing.forEach(files::add);
    }
    Collections.sort(files);
    try (IndexWriter writer = new IndexWriter(index, new IndexWriterConfig(analyzer))) {
      for (Path file : files) {
        List<String> rows = Files.readAllLines(file, StandardCharsets.UTF_8);
        // Columns as bench/corpus.mjs writes them: No, 分類, 確認事項, 実施, 回答.
        for (int row = 1; row < rows.size(); row++) {
          String[] cells = rows.get(row).split("\t", -1);
          if (cells.length < 5) continue;
          Document doc = new Document();
          doc.add(new StringField("id", file.getFileName() + "#" + (row + 1), Field.Store.YES));
          doc.add(new TextField("section", cells[1], Field.Store.NO));
          doc.add(new TextField("question", cells[2], Field.Store.NO));
          doc.add(new TextField("answer", cells[4], Field.Store.NO));
          writer.addDocument(doc);
        }
      }
    }
    IndexSearcher searcher = new IndexSearcher(DirectoryReader.open(index));
    MultiFieldQueryParser parser = new MultiFieldQueryParser(new String[] {"question", "section", "answer"}, analyzer, Map.of("question", 1.6f, "section", 1f, "answer", 1f));
    PrintStream out = new PrintStream(System.out, true, "UTF-8");
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    for (String question = in.readLine(); question != null; question = in.readLine()) {
      if (question.isBlank()) continue;
      long start = System.nanoTime();
      TopDocs top = searcher.search(parser.parse(QueryParser.escape(question)), 5);
      StringBuilder ids = new StringBuilder();
      for (ScoreDoc hit : top.scoreDocs) {
        if (ids.length() > 0) ids.append(',');
        ids.append('"').append(searcher.doc(hit.doc).get("id")).append('"');
      }
      out.println("{\"took_ms\":" + (System.nanoTime() - start) / 1e6 + ",\"ids\":[" + ids + "]}");
    }
    for (String line : Files.readAllLines(Paths.get("/proc/self/status"))) if (line.startsWith("VmHWM:")) System.err.println(line);
  }
}

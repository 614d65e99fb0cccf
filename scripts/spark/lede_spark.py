"""lede on Spark: the map stage on the executors through RDD.pipe, reduce on the driver.

    spark-submit lede_spark.py INPUT --lede PATH/TO/lede --out DIR [--corpus FILE]
                 [--report FILE] [--partitions N] [--actors FILE]... [--max-article-size MB]

INPUT is a folder or file on any path Hadoop reads (a local path, file://, hdfs://, s3a://)
holding .txt/.md articles and JSON Lines files, as `lede --corpus` reads them. The job

1. lists INPUT as lede does (names starting with "." are hidden, the extension decides),
   and turns each article into one line of `lede map`'s input: a .txt/.md file whole, as
   its bytes (`file`, base64) with the `path` lede would give it, so that its encoding,
   title and date line are read exactly as on one machine; a JSON Lines file one object a
   line, with its `path` and `line` added;
2. pipes those lines through `lede map` on every partition (the binary and the actor files
   shipped with the job: nothing is installed on the workers), and writes the article
   records as JSON Lines text under DIR/records;
3. streams the records to `lede reduce` on the driver, which writes the corpus as SQLite
   (`lede --corpus FILE` opens it).

Input lines that give no record are counted and named in the report (--report, by default
report.json beside the corpus; a summary on standard error), never dropped silently. Exit status: 0 all
mapped, 3 some input gave no record (the corpus holds the rest), 1 the job failed, 2 usage.
"""

import argparse
import base64
import json
import os
import subprocess
import shlex
import sys
import tempfile
import time

EXTENSIONS = (".txt", ".md", ".jsonl")
# Failures named one by one in the report; the count is always complete.
SHOWN_FAILURES = 50


def parse_arguments(argv):
    parser = argparse.ArgumentParser(
        prog="lede_spark.py",
        description="lede's map stage on Spark executors, its reduce on the driver.")
    parser.add_argument("input", help="folder or file of .txt/.md articles and .jsonl files (any Hadoop path)")
    parser.add_argument("--lede", required=True, help="the lede binary to ship to the executors (a static build)")
    parser.add_argument("--out", required=True, help="folder for the article records (any Hadoop path; must not exist)")
    parser.add_argument("--corpus", help="SQLite corpus to write on the driver (default OUT/corpus.sqlite when OUT is local)")
    parser.add_argument("--report", help="where to write the job's report, JSON (default: report.json beside the corpus)")
    parser.add_argument("--partitions", type=int, help="partitions for the map stage (default: twice the cores)")
    parser.add_argument("--actors", action="append", default=[], help="actor dictionary file, shipped too (repeatable)")
    parser.add_argument("--max-article-size", type=int, metavar="MB", help="as lede's option of that name (default 64)")
    arguments = parser.parse_args(argv)
    if arguments.partitions is not None and arguments.partitions < 1:
        parser.error("--partitions must be at least 1")
    for path in [arguments.lede] + arguments.actors:
        if not os.path.isfile(path):
            parser.error(f"no such file: {path}")
    if arguments.corpus is None:
        if not is_local(arguments.out):
            parser.error("--corpus is needed when --out is not a local folder (SQLite is written on the driver)")
        arguments.corpus = os.path.join(local_path(arguments.out), "corpus.sqlite")
    if arguments.report is None:
        arguments.report = os.path.join(os.path.dirname(os.path.abspath(arguments.corpus)), "report.json")
    return arguments


def is_local(path):
    return "://" not in path or path.startswith("file:")


def local_path(path):
    return path[len("file:"):].replace("//", "/", 1) if path.startswith("file:") else path


class Listing:
    """The article files under the input, as lede's own folder reader would take them."""

    def __init__(self, spark, root):
        jvm = spark.sparkContext._jvm
        hadoop_path = jvm.org.apache.hadoop.fs.Path(root)
        filesystem = hadoop_path.getFileSystem(spark.sparkContext._jsc.hadoopConfiguration())
        if not filesystem.exists(hadoop_path):
            raise JobError(f"corpus path does not exist: {root}")
        self.root = root
        self.root_uri = filesystem.makeQualified(hadoop_path).toString().rstrip("/")
        self.single_file = filesystem.getFileStatus(hadoop_path).isFile()
        self.text_files = {}     # qualified URI -> the path lede gives the article
        self.jsonl_files = {}
        self.sizes = {}
        self.modified = {}
        self.hidden = 0
        files = filesystem.listFiles(hadoop_path, True)
        while files.hasNext():
            status = files.next()
            uri = status.getPath().toString()
            relative = "" if self.single_file else uri[len(self.root_uri) + 1:]
            if any(part.startswith(".") for part in relative.split("/") if part):
                self.hidden += 1
                continue
            name = uri.rsplit("/", 1)[-1].lower()
            if not name.endswith(EXTENSIONS):
                continue
            # lede names a file by the path it was given joined to the path inside it.
            shown = root if self.single_file else root + "/" + relative
            (self.jsonl_files if name.endswith(".jsonl") else self.text_files)[uri] = shown
            self.sizes[uri] = status.getLen()
            self.modified[uri] = status.getModificationTime() // 1000


def exists(spark, path):
    jvm = spark.sparkContext._jvm
    hadoop_path = jvm.org.apache.hadoop.fs.Path(path)
    return hadoop_path.getFileSystem(spark.sparkContext._jsc.hadoopConfiguration()).exists(hadoop_path)


class JobError(Exception):
    pass


def text_file_lines(spark, listing, max_bytes):
    """One `lede map` input line for each .txt/.md file: its bytes and its lede path."""
    if not listing.text_files:
        return None, [], []
    reader = spark.read.format("binaryFile").option("pathGlobFilter", "*.{[tT][xX][tT],[mM][dD]}")
    if not listing.single_file:
        reader = reader.option("recursiveFileLookup", "true")
    frame = reader.load(listing.root)
    # A file over lede's limit is reported, as lede export reports it, without reading it.
    sizes = [(row.path, row.length) for row in frame.select("path", "length").collect()]
    oversized = [(uri, size) for uri, size in sizes if size > max_bytes and uri in listing.text_files]
    # Spark hides names starting with "_" that lede reads: those are reported, not lost.
    unseen = sorted(set(listing.text_files) - {uri for uri, _ in sizes})
    names = spark.sparkContext.broadcast(listing.text_files)

    def line(row):
        path = names.value.get(row.path)
        if path is None:
            return []
        # The file's own time caps a date the text only suggests, as lede's folder reader does.
        return [json.dumps({"path": path, "file": base64.b64encode(row.content).decode("ascii"),
                            "file_modified": int(row.modificationTime.timestamp())})]

    lines = frame.select("path", "content", "modificationTime").where(frame.length <= max_bytes).rdd.flatMap(line)
    return lines, oversized, unseen


def jsonl_lines(spark, listing):
    """One `lede map` input line for each line of each JSON Lines file, with its place.

    Returns the lines and the lines that are not JSON objects, each as a failure."""
    context = spark.sparkContext
    parts = []
    for uri, path in sorted(listing.jsonl_files.items()):
        numbered = context.textFile(glob_escaped(uri)).zipWithIndex()
        modified = listing.modified[uri]
        parts.append(numbered.map(lambda pair, path=path, modified=modified: placed(pair[0], path, pair[1] + 1, modified)))
    if not parts:
        return None
    return context.union(parts)


def glob_escaped(uri):
    # Hadoop reads a path as a glob pattern; a file called "a[1].jsonl" is not a pattern.
    return "".join("\\" + c if c in "\\{}[]*?" else c for c in uri)


def placed(text, path, number, modified):
    """A JSON Lines line with the `path` and `line` lede's reader would give it; a line that
    is not a JSON object becomes an error marker the driver counts."""
    if number == 1:
        text = text.lstrip("\ufeff")
    if not text.strip():
        return None
    try:
        article = json.loads(text)
    except ValueError:
        article = None
    if not isinstance(article, dict):
        return json.dumps({"unread": {"source": f"{path}:{number}", "message": "not a JSON object; line skipped"}})
    article["path"] = path
    article["line"] = number
    article["file_modified"] = modified
    # ASCII keeps every character, lone surrogates too, safe through the pipe's UTF-8.
    return json.dumps(article, ensure_ascii=True)


def shipped(context, path):
    """Where an executor finds a file shipped with the job: the work folder of the executor
    (Spark fetches added files there on a cluster), or, in local mode, where the driver's
    own copy is."""
    from pyspark import SparkFiles
    context.addFile(os.path.abspath(path))
    name = os.path.basename(path)
    return SparkFiles.get(name) if context.master.startswith("local") else "./" + name


def run(arguments):
    from pyspark.sql import SparkSession

    spark = SparkSession.builder.appName("lede").getOrCreate()
    context = spark.sparkContext
    started = time.monotonic()
    records_path = arguments.out.rstrip("/") + "/records"
    if exists(spark, records_path):
        raise JobError(f"{records_path} already exists: remove it or give another --out")
    listing = Listing(spark, arguments.input)
    if not listing.text_files and not listing.jsonl_files:
        raise JobError(f"{arguments.input}: no articles found (.txt, .md or .jsonl files)")
    max_bytes = (arguments.max_article_size or 64) << 20

    lede = shipped(context, arguments.lede)
    actors = [shipped(context, path) for path in arguments.actors]
    options = [argument for path in actors for argument in ("--actors", path)]
    if arguments.max_article_size is not None:
        options += ["--max-article-size", str(arguments.max_article_size)]
    map_command = shlex.join([lede, "map"] + options)

    text_lines, oversized, unseen = text_file_lines(spark, listing, max_bytes)
    json_lines = jsonl_lines(spark, listing)
    every = [rdd for rdd in (text_lines, json_lines) if rdd is not None]
    inputs = (every[0] if len(every) == 1 else context.union(every)).filter(lambda line: line is not None)
    inputs = inputs.repartition(arguments.partitions or 2 * context.defaultParallelism).cache()
    unread = inputs.filter(lambda line: line.startswith('{"unread"')).map(lambda line: json.loads(line)["unread"])
    sent = inputs.filter(lambda line: not line.startswith('{"unread"'))
    sent_count = sent.count()

    sent.pipe(map_command, env={"LC_ALL": "C.UTF-8"}).saveAsTextFile(records_path)
    mapped = time.monotonic()

    records = context.textFile(records_path)
    record_count = records.count()
    if record_count != sent_count:
        raise JobError(f"lede map gave {record_count} lines for {sent_count} input lines: a map task died (see the executors' logs)")
    errors = records.filter(lambda line: line.startswith('{"error"')).map(lambda line: without_stream_line(json.loads(line)["error"]))
    error_count = errors.count()
    failures = unread.collect() + errors.take(SHOWN_FAILURES)
    failures += [{"source": listing.text_files[uri], "message": f"{size >> 20} MB, over the {max_bytes >> 20} MB an article "
                  "file may have (--max-article-size); skipped"} for uri, size in oversized]
    failures += [{"source": listing.text_files[uri], "message": unseen_reason(uri, listing)} for uri in unseen]
    failed = len(failures) - min(error_count, SHOWN_FAILURES) + error_count

    reduce(arguments, records)
    finished = time.monotonic()
    return {
        "input": arguments.input,
        "articles": record_count - error_count,
        "failed": failed,
        "failures": failures[:SHOWN_FAILURES],
        "records": records_path,
        "corpus": arguments.corpus,
        "seconds": {"map": round(mapped - started, 1), "reduce": round(finished - mapped, 1)},
    }


def unseen_reason(uri, listing):
    """Why Spark's file reader left out a file lede would have read."""
    if listing.sizes.get(uri) == 0:
        return "empty file; skipped"  # as lede says it
    if any(part.startswith("_") for part in listing.text_files[uri].split("/")):
        return "not read by Spark, which hides names starting with '_'; skipped"
    return "not read by Spark; skipped"


def without_stream_line(failure):
    # `line` counts lines of one pipe's input, which means nothing outside that task.
    if failure.get("source"):
        failure.pop("line", None)
    return failure


def reduce(arguments, records):
    """`lede reduce` on the driver, fed the records a partition at a time."""
    corpus = os.path.abspath(arguments.corpus)
    os.makedirs(os.path.dirname(corpus), exist_ok=True)
    command = [arguments.lede, "reduce", "-", "--format", "sqlite", "-o", corpus]
    for path in arguments.actors:
        command += ["--actors", path]
    # lede's messages go to this job's standard error, whatever Spark made of the driver's.
    with tempfile.TemporaryFile() as messages:
        process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=messages, stderr=messages)
        try:
            for line in records.toLocalIterator():
                process.stdin.write(line.encode("utf-8") + b"\n")
            process.stdin.close()
        except BrokenPipeError:
            pass
        status = process.wait()
        messages.seek(0)
        sys.stderr.write(messages.read().decode("utf-8", "replace"))
    if status != 0:
        raise JobError(f"lede reduce failed (exit {status}); the records are kept in {arguments.out}/records")


def main(argv):
    arguments = parse_arguments(argv)
    try:
        report = run(arguments)
    except JobError as error:
        print(f"lede_spark: {error}", file=sys.stderr)
        return 1
    # spark-submit merges the driver's standard error into its output: the report has a file.
    with open(arguments.report, "w", encoding="utf-8") as file:
        json.dump(report, file, indent=2)
        file.write("\n")
    summary = f"lede_spark: {report['articles']} articles mapped, {report['failed']} input lines or files gave no record"
    print(summary + f"; corpus in {report['corpus']}, report in {arguments.report}", file=sys.stderr)
    for failure in report["failures"]:
        print(f"lede_spark:   {failure.get('source') or 'line ' + str(failure.get('line'))}: {failure['message']}", file=sys.stderr)
    return 3 if report["failed"] else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

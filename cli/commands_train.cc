// `lkg train GOLD_DIR… -o MODEL`: trains the learned parts of extraction
// (ingest/model/) from annotated articles and writes a model file that
// `lkg ingest --model MODEL` uses.
#include <chrono>
#include <cstdio>
#include <fstream>

#include "cli/args.h"
#include "cli/command.h"
#include "ingest/model/trainer.h"

namespace lkg::cli {
namespace {

// Reads every record of `path` (JSONL, a folder, text files) into `out`.
Status ReadTexts(const std::string& path, std::vector<ingest::InputRecord>* out) {
  Status problem;
  ingest::ReadPath(
      path, [&](ingest::InputRecord&& r) { out->push_back(std::move(r)); },
      [&](const std::string& origin, const Status& s) {
        if (problem.ok()) problem = Status::InvalidArgument(origin + ": " + s.message());
      });
  return problem;
}

Result<ingest::model::TrainingSet> ReadTrainingSet(CommandContext& ctx, const ParsedArgs& args) {
  ingest::model::TrainingSet data;
  for (const std::string& dir : args.positionals) {
    int missing = 0;
    Result<std::vector<ingest::model::AnnotatedArticle>> articles = ingest::model::ReadAnnotatedFolder(dir, &missing);
    if (!articles.ok()) return articles.status();
    if (missing > 0) *ctx.err << "lkg: " << dir << ": " << missing << " annotations without their text, skipped\n";
    for (auto& a : *articles) data.articles.push_back(std::move(a));
  }
  for (const std::string& path : args.GetList("labour")) LKG_RETURN_IF_ERROR(ReadTexts(path, &data.labour_texts));
  for (const std::string& path : args.GetList("not-labour")) LKG_RETURN_IF_ERROR(ReadTexts(path, &data.other_texts));
  return data;
}

// Only the parts named in `names` of `bundle`; InvalidArgument for a name it lacks.
Result<ingest::model::ModelBundle> KeepParts(const ingest::model::ModelBundle& bundle,
                                             const std::vector<std::string>& names) {
  ingest::model::ModelBundle kept;
  for (const std::string& name : names) {
    const ingest::model::LinearModel* part = bundle.Part(name);
    if (part == nullptr) return Status::InvalidArgument("--parts: no trained part '" + name + "'");
    LKG_RETURN_IF_ERROR(kept.SetPart(name, *part));
  }
  return kept;
}

void PrintReport(CommandContext& ctx, const ingest::model::TrainingSet& data,
                 const std::vector<ingest::model::PartReport>& report, double seconds, const std::string& path) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.2f", seconds);
  *ctx.out << "trained on " << data.articles.size() << " annotated articles, " << data.labour_texts.size()
           << " labour and " << data.other_texts.size() << " not-labour texts in " << buf << " s\n";
  for (const auto& part : report) {
    if (part.examples == 0) {
      *ctx.out << "  " << part.part << ": " << part.note << "\n";
      continue;
    }
    std::snprintf(buf, sizeof buf, "%.1f%%", 100.0 * part.train_accuracy);
    *ctx.out << "  " << part.part << ": " << part.examples << " examples, training accuracy " << buf
             << (part.note.empty() ? "" : "; " + part.note) << "\n";
  }
  *ctx.out << "wrote " << path << "\n";
}

int RunTrain(CommandContext& ctx) {
  Result<ParsedArgs> args =
      ParseArgs(ctx.args, {{"output", true, 'o'}, {"labour", true}, {"not-labour", true}, {"epochs", true},
                           {"parts", true}});
  if (!args.ok()) return ReportUsage(ctx, "train", args.status().message());
  if (args->positionals.empty()) return ReportUsage(ctx, "train", "give at least one GOLD_DIR");
  if (!args->Has("output")) return ReportUsage(ctx, "train", "give the model file to write with -o MODEL");
  Result<long long> epochs = args->GetInt("epochs", 10, 1, 100);
  if (!epochs.ok()) return ReportUsage(ctx, "train", epochs.status().message());
  const auto start = std::chrono::steady_clock::now();
  Result<ingest::model::TrainingSet> data = ReadTrainingSet(ctx, *args);
  if (!data.ok()) return ReportError(ctx, data.status());
  ingest::model::TrainOptions options;
  options.epochs = static_cast<int>(*epochs);
  if (ctx.err_is_tty) options.progress = [&](const std::string& line) { *ctx.err << "\r" << line << "   " << std::flush; };
  std::vector<ingest::model::PartReport> report;
  Result<ingest::model::ModelBundle> bundle = ingest::model::TrainModel(*data, options, &report);
  if (ctx.err_is_tty) *ctx.err << "\r" << std::string(40, ' ') << "\r" << std::flush;
  if (!bundle.ok()) return ReportError(ctx, bundle.status());
  if (args->Has("parts")) {
    Result<ingest::model::ModelBundle> kept = KeepParts(*bundle, args->GetList("parts"));
    if (!kept.ok()) return ReportUsage(ctx, "train", kept.status().message());
    bundle = std::move(kept);
  }
  const std::string path = args->Get("output");
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << bundle->Serialize();
  out.close();
  if (!out) return ReportError(ctx, Status::IOError("cannot write " + path));
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  PrintReport(ctx, *data, report, seconds, path);
  return kExitOk;
}

}  // namespace

extern const CommandSpec kTrainCommand;
const CommandSpec kTrainCommand = {
    "train", "GOLD_DIR… -o MODEL [--labour FILE] [--not-labour FILE] [--epochs N] [--parts P,…]",
    "train the extraction model from annotated articles",
    "Trains the learned parts of extraction (case detection and roles, labour relevance,\n"
    "relation edges) from annotated articles and writes a model file for\n"
    "`lkg ingest --model MODEL`.\n"
    "  GOLD_DIR          a folder of NAME.json annotations (../shared/spec/gold-format.md)\n"
    "                    with NAME.txt texts beside them; annotations without text are skipped\n"
    "  -o, --output M    the model file to write\n"
    "  --labour F        more articles about labour, unannotated (.jsonl, .txt or a folder;\n"
    "                    repeatable): relevance training only\n"
    "  --not-labour F    articles not about labour (same forms): without them the relevance\n"
    "                    part is not trained and every article counts as labour\n"
    "  --epochs N        perceptron passes over the data (default 10; relations: always 6)\n"
    "  --parts P,…       write only these parts (cases, case_roles, relevance, relations);\n"
    "                    the others are left to the rules\n"
    "Training is deterministic: the same inputs give the same bytes. It prints the time\n"
    "taken and each part's accuracy on its own training data.",
    RunTrain};

}  // namespace lkg::cli

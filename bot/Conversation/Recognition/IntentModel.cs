using System.Diagnostics;
using System.Text;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms.Text;

namespace ReformBot.Conversation.Recognition;

/// <summary>
/// A maximum-entropy classifier over the folded text (word 1–2-grams and character 1–4-grams), trained with ML.NET
/// from the labelled corpus. Training is deterministic (fixed seed, one thread), so the same text gets the same
/// scores on every machine. The scores are softmax probabilities over all intents.
/// </summary>
public sealed class IntentModel
{
    private const int Seed = 20261201;

    private static readonly Lazy<IntentModel> SharedModel = new(() => Train(IntentCorpus.All.Select(e => (e.Text, e.Intent))), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly PredictionEngine<Input, Output> engine;
    private readonly IntentKind[] classes;
    private readonly Lock gate = new();

    private IntentModel(PredictionEngine<Input, Output> engine, IntentKind[] classes, TimeSpan trainingTime, int examples)
    {
        this.engine = engine;
        this.classes = classes;
        TrainingTime = trainingTime;
        Examples = examples;
    }

    /// <summary>The model trained once per process from the whole embedded corpus.</summary>
    public static IntentModel Shared => SharedModel.Value;

    public TimeSpan TrainingTime { get; }

    public int Examples { get; }

    public static IntentModel Train(IEnumerable<(string Text, IntentKind Intent)> examples)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var watch = Stopwatch.StartNew();
        var rows = examples.Select(e => new Input { Text = Features(e.Text), Label = e.Intent.ToWireName() }).ToList();
        var ml = new MLContext(seed: Seed);
        var data = ml.Data.LoadFromEnumerable(rows);
        var text = new TextFeaturizingEstimator.Options
        {
            CaseMode = TextNormalizingEstimator.CaseMode.None,
            KeepDiacritics = true,
            KeepPunctuations = true,
            KeepNumbers = true,
            StopWordsRemoverOptions = null,
            WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true },
            CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = 4, UseAllLengths = true },
            Norm = TextFeaturizingEstimator.NormFunction.L2,
        };
        var pipeline = ml.Transforms.Conversion.MapValueToKey("Label")
            .Append(ml.Transforms.Text.FeaturizeText("Features", text, nameof(Input.Text)))
            .Append(ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
            {
                NumberOfThreads = 1,
                MaximumNumberOfIterations = 60,
                L2Regularization = 1e-4f,
                Shuffle = true,
            }));
        var model = pipeline.Fit(data);
        var output = model.Transform(data).Schema["Score"];
        VBuffer<ReadOnlyMemory<char>> names = default;
        output.GetSlotNames(ref names);
        var classes = names.DenseValues().Select(n => IntentKindWireNames.TryParse(n.ToString(), out var kind) ? kind : IntentKind.Unknown).ToArray();
        var engine = ml.Model.CreatePredictionEngine<Input, Output>(model);
        watch.Stop();
        return new IntentModel(engine, classes, watch.Elapsed, rows.Count);
    }

    /// <summary>Every intent the model knows, most likely first (ties by name, so the order is stable).</summary>
    public IReadOnlyList<IntentScore> Predict(string? text)
    {
        float[] scores;
        lock (gate)
        {
            scores = engine.Predict(new Input { Text = Features(text ?? string.Empty), Label = string.Empty }).Score ?? [];
        }

        return classes
            .Select((intent, i) => new IntentScore(intent, i < scores.Length ? Math.Round(scores[i], 4) : 0))
            .OrderByDescending(s => s.Probability)
            .ThenBy(s => s.Intent)
            .ToList();
    }

    /// <summary>
    /// What the model sees: the folded text (no diacritics, chat spellings expanded), digits as 0 and links as one
    /// word, so "nv 2.a" and "nv 6.b" teach the same thing.
    /// </summary>
    internal static string Features(string text)
    {
        var folded = VietnameseText.Fold(text.Length > 2000 ? text[..2000] : text);
        var builder = new StringBuilder(folded.Length);
        foreach (var word in folded.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            if (word.StartsWith("http", StringComparison.Ordinal) || word.StartsWith("www.", StringComparison.Ordinal))
            {
                builder.Append("lienketweb");
                continue;
            }

            foreach (var c in word)
            {
                builder.Append(char.IsAsciiDigit(c) ? '0' : c);
            }
        }

        return builder.ToString();
    }

    private sealed class Input
    {
        public string Text { get; set; } = string.Empty;

        public string Label { get; set; } = string.Empty;
    }

    private sealed class Output
    {
        public float[]? Score { get; set; }
    }
}

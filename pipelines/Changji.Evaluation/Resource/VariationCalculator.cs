using Changji.Evaluation.Catalogue;
using Changji.Evaluation.Engine;
using Changji.Evaluation.Facts;
using Changji.Evaluation.Results;
using Changji.Text;

namespace Changji.Evaluation.Resource;

/// <summary>The CV of one indicator at one level over in-scope units, judged against the profile's limit.</summary>
internal static class VariationCalculator
{
    /// <param name="results">Indicator results of the level's units, unit-major, <paramref name="count"/> per unit.</param>
    public static VariationResult Calculate(int year, SchoolLevel level, IndicatorDefinition indicator, int index, int count,
        IReadOnlyList<SchoolIndicatorResult> results, IReadOnlyList<int> unitOrdinals, ResourceSettings settings,
        double[] studentsBuffer, double[] numeratorBuffer)
    {
        var n = unitOrdinals.Count;
        long students = 0;
        var missing = false;
        for (var u = 0; u < n; u++)
        {
            var r = results[unitOrdinals[u] * count + index];
            students += r.Students;
            studentsBuffer[u] = r.Students;
            if (r.Numerator is { } a)
            {
                numeratorBuffer[u] = a;
            }
            else
            {
                missing = true;
            }
        }

        var limit = settings.CvLimit(level);
        var result = new VariationResult
        {
            Year = year,
            Level = level,
            IndicatorCode = indicator.Code,
            Schools = n,
            Students = students,
            CvLimit = limit,
            Status = ItemStatus.Missing,
        };
        // A CV over some of the schools would describe a different county: report it missing.
        if (missing)
        {
            return result;
        }

        var f = CoefficientOfVariation.Compute(studentsBuffer.AsSpan(0, n), numeratorBuffer.AsSpan(0, n), indicator.Scale, settings.CvMethod);
        // Every unit has zero of it: there is nothing to compare, so the CV is missing, never 0 and met.
        if (!f.Defined)
        {
            return result with { Mean = f.Mean, StdDev = f.StdDev, Note = ZhCn.Text("evaluation.variation.all_zero") };
        }

        var within = Comparison.Meets(f.Cv, Comparator.AtMost, limit, settings.Tolerance);
        return result with
        {
            Mean = f.Mean,
            StdDev = f.StdDev,
            Cv = f.Cv,
            Status = within ? ItemStatus.Met : ItemStatus.NotMet,
        };
    }
}

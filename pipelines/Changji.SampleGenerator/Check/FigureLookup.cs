using Changji.Evaluation.Facts;

namespace Changji.SampleGenerator.Check;

/// <summary>Reads one year's county figures by code.</summary>
public sealed class FigureLookup(IReadOnlyList<CountyFigure> figures)
{
    public double Number(string code) => figures.Single(f => f.Code == code).Number!.Value;

    public bool Judgement(string code) => figures.Single(f => f.Code == code).Judgement!.Value;
}

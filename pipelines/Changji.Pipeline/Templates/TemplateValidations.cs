using Changji.Ingestion.Header;
using Changji.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Changji.Pipeline.Templates;

/// <summary>
/// Excel's own checks on the data sheet's cells, from row 2 down: drop-down lists for the closed choices,
/// whole numbers ≥ 0 for counts, numbers ≥ 0 for areas and amounts. The ingestion checks again on receipt.
/// </summary>
internal static class TemplateValidations
{
    private const uint LastRow = 1_048_576;

    public static DataValidations? Create(IReadOnlyList<StewardColumn> columns)
    {
        var validations = columns.Select((c, i) => For(c, TemplateCells.Letters(i + 1))).OfType<DataValidation>().ToList();
        return validations.Count == 0 ? null : new DataValidations(validations) { Count = (uint)validations.Count };
    }

    private static DataValidation? For(StewardColumn column, string letters) => column.Value switch
    {
        // A list literal: quoted, comma-separated (the labels hold no commas).
        StewardValue.Choice => Validation(letters, DataValidationValues.List, null, "\"" + string.Join(",", column.Choices) + "\"",
            ZhCn.Text("template.validation.choice")),
        StewardValue.WholeNumber => Validation(letters, DataValidationValues.Whole, DataValidationOperatorValues.GreaterThanOrEqual, "0",
            ZhCn.Text("template.validation.whole_number")),
        StewardValue.Amount => Validation(letters, DataValidationValues.Decimal, DataValidationOperatorValues.GreaterThanOrEqual, "0",
            ZhCn.Text("template.validation.amount")),
        _ => null,
    };

    private static DataValidation Validation(string letters, DataValidationValues type, DataValidationOperatorValues? op, string formula, string error) =>
        new(new Formula1(formula))
        {
            Type = type,
            Operator = op,
            AllowBlank = true,
            ShowErrorMessage = true,
            ErrorTitle = ZhCn.Text("template.validation.title"),
            Error = error,
            SequenceOfReferences = new ListValue<StringValue> { InnerText = $"{letters}2:{letters}{LastRow}" },
        };
}

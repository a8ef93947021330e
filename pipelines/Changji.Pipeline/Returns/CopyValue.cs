using System.Globalization;

namespace Changji.Pipeline.Returns;

/// <summary>
/// A CSV holds only text, and a number written as text puts Excel's green "number stored as text"
/// mark on every cell (and a negative one would need the formula guard's apostrophe). Text that is
/// exactly a number as written — same digits back, so no leading zero or separator is lost — is
/// written as that number; anything else stays the text it was.
/// </summary>
internal static class CopyValue
{
    public static object? Typed(object? value) =>
        value is string text
        && decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
        && number.ToString(CultureInfo.InvariantCulture) == text
            ? number
            : value;
}

using System.Globalization;
using System.Text;

namespace Changji.Infra.Tests.Arm;

/// <summary>Recursive-descent parser for the ARM expression language: calls, 'strings', ints, .member, [index].</summary>
internal sealed class ArmParser
{
    private readonly string source;
    private int pos;

    private ArmParser(string text) => source = text;

    public static ArmNode Parse(string expression)
    {
        var parser = new ArmParser(expression);
        var node = parser.ParseExpression();
        parser.SkipSpace();
        if (parser.pos != expression.Length)
        {
            throw new FormatException($"Unexpected '{expression[parser.pos..]}' in [{expression}].");
        }

        return node;
    }

    private ArmNode ParseExpression()
    {
        var node = ParsePrimary();
        while (true)
        {
            SkipSpace();
            if (TryTake('.'))
            {
                node = new ArmMember(node, ReadIdentifier());
            }
            else if (TryTake('['))
            {
                var index = ParseExpression();
                Expect(']');
                node = new ArmIndex(node, index);
            }
            else
            {
                return node;
            }
        }
    }

    private ArmNode ParsePrimary()
    {
        SkipSpace();
        var c = Peek();
        if (c == '\'')
        {
            return new ArmLiteral(ReadString());
        }

        if (char.IsDigit(c) || c == '-')
        {
            var start = pos++;
            while (pos < source.Length && char.IsDigit(source[pos]))
            {
                pos++;
            }

            return new ArmLiteral(long.Parse(source[start..pos], CultureInfo.InvariantCulture));
        }

        var name = ReadIdentifier();
        Expect('(');
        var arguments = new List<ArmNode>();
        SkipSpace();
        if (!TryTake(')'))
        {
            do
            {
                arguments.Add(ParseExpression());
                SkipSpace();
            }
            while (TryTake(','));
            Expect(')');
        }

        return new ArmCall(name, arguments);
    }

    private string ReadString()
    {
        Expect('\'');
        var text = new StringBuilder();
        while (true)
        {
            var c = source[pos++];
            if (c != '\'')
            {
                text.Append(c);
            }
            else if (pos < source.Length && source[pos] == '\'')
            {
                text.Append('\'');
                pos++;
            }
            else
            {
                return text.ToString();
            }
        }
    }

    private string ReadIdentifier()
    {
        SkipSpace();
        var start = pos;
        while (pos < source.Length && (char.IsLetterOrDigit(source[pos]) || source[pos] is '_' or '$'))
        {
            pos++;
        }

        return start == pos ? throw new FormatException($"Identifier expected at {pos} in [{source}].") : source[start..pos];
    }

    private char Peek() => pos < source.Length ? source[pos] : throw new FormatException($"Unexpected end of [{source}].");

    private bool TryTake(char c)
    {
        SkipSpace();
        if (pos < source.Length && source[pos] == c)
        {
            pos++;
            return true;
        }

        return false;
    }

    private void Expect(char c)
    {
        if (!TryTake(c))
        {
            throw new FormatException($"'{c}' expected at {pos} in [{source}].");
        }
    }

    private void SkipSpace()
    {
        while (pos < source.Length && char.IsWhiteSpace(source[pos]))
        {
            pos++;
        }
    }
}

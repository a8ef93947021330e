using System.Globalization;
using System.Text;

namespace Changji.Infra.Tests.Arm;

/// <summary>Recursive-descent parser for the ARM expression language: calls, 'strings', ints, .member, [index].</summary>
internal sealed class ArmParser
{
    private readonly string _text;
    private int _pos;

    private ArmParser(string text) => _text = text;

    public static ArmNode Parse(string expression)
    {
        var parser = new ArmParser(expression);
        var node = parser.ParseExpression();
        parser.SkipSpace();
        if (parser._pos != expression.Length)
        {
            throw new FormatException($"Unexpected '{expression[parser._pos..]}' in [{expression}].");
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
            var start = _pos++;
            while (_pos < _text.Length && char.IsDigit(_text[_pos]))
            {
                _pos++;
            }

            return new ArmLiteral(long.Parse(_text[start.._pos], CultureInfo.InvariantCulture));
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
            var c = _text[_pos++];
            if (c != '\'')
            {
                text.Append(c);
            }
            else if (_pos < _text.Length && _text[_pos] == '\'')
            {
                text.Append('\'');
                _pos++;
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
        var start = _pos;
        while (_pos < _text.Length && (char.IsLetterOrDigit(_text[_pos]) || _text[_pos] is '_' or '$'))
        {
            _pos++;
        }

        return start == _pos ? throw new FormatException($"Identifier expected at {_pos} in [{_text}].") : _text[start.._pos];
    }

    private char Peek() => _pos < _text.Length ? _text[_pos] : throw new FormatException($"Unexpected end of [{_text}].");

    private bool TryTake(char c)
    {
        SkipSpace();
        if (_pos < _text.Length && _text[_pos] == c)
        {
            _pos++;
            return true;
        }

        return false;
    }

    private void Expect(char c)
    {
        if (!TryTake(c))
        {
            throw new FormatException($"'{c}' expected at {_pos} in [{_text}].");
        }
    }

    private void SkipSpace()
    {
        while (_pos < _text.Length && char.IsWhiteSpace(_text[_pos]))
        {
            _pos++;
        }
    }
}

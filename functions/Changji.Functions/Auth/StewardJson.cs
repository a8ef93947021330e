using System.Text.Json;
using Microsoft.AspNetCore.Mvc;

namespace Changji.Functions.Auth;

/// <summary>JSON answers of the stewards' API (camelCase, as <c>changji serve</c> answers), as plain content results.</summary>
public static class StewardJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static ContentResult Of<T>(T value, int status = 200) =>
        new() { Content = JsonSerializer.Serialize(value, Options), ContentType = "application/json; charset=utf-8", StatusCode = status };

    public static ContentResult Message(int status, string messageZh) => Of(new { message = messageZh }, status);
}

using System.Globalization;
using PodcastSite.Diagnostics;
using PodcastSite.Model;
using YamlDotNet.RepresentationModel;

namespace PodcastSite.Content;

/// <summary>Parse: a `value:` block, in podcast.yml or an episode's front matter, into a checked <see cref="ValueBlock"/>.</summary>
public static class ValueParser
{
    public static readonly string[] Keys = ["type", "method", "suggested", "recipients"];
    public static readonly string[] RecipientKeys = ["name", "address", "split", "type", "custom_key", "custom_value", "fee"];

    /// <summary>The payment layers of the namespace's value slugs, each with the methods apps use on it.</summary>
    private static readonly Dictionary<string, string[]> Methods = new(StringComparer.Ordinal)
    {
        ["lightning"] = ["keysend", "amp", "lnaddress"],
        ["hive"] = ["hive"],
        ["webmonetization"] = ["ILP"],
    };

    public static ValueBlock? Parse(YamlMap parent)
    {
        var map = parent.Map("value");
        if (map is null)
            return null;
        var diagnostics = map.Context.Diagnostics;
        map.CheckUnknownKeys(Keys, Severity.Error, "`value`");
        var type = map.String("type", required: true);
        if (type is not null && !Methods.ContainsKey(type))
        {
            diagnostics.Error(
                map.Context.At(map.Node("type")!),
                $"`type` must be one of {Known(Methods.Keys)}, not `{type}`; `lightning` is what most apps pay with"
            );
            type = null;
        }
        var method = map.String("method", required: true);
        if (type is not null && method is not null && !Methods[type].Contains(method, StringComparer.Ordinal))
        {
            diagnostics.Error(map.Context.At(map.Node("method")!), $"`method` for `type: {type}` must be one of {Known(Methods[type])}, not `{method}`");
            method = null;
        }
        var suggested = Suggested(map);
        var recipients = Recipients(map, method);
        return type is null || method is null || recipients is null ? null : new ValueBlock(type, method, suggested, recipients);
    }

    private static decimal? Suggested(YamlMap map)
    {
        var text = map.String("suggested");
        if (text is null)
            return null;
        if (decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount) && amount > 0)
            return amount;
        map.Context.Diagnostics.Error(
            map.Context.At(map.Node("suggested")!),
            $"`suggested` must be an amount above 0 in the payment layer's unit, like `0.00000005000` (5 sats), not `{text}`"
        );
        return null;
    }

    private static List<ValueRecipient>? Recipients(YamlMap map, string? method)
    {
        var context = map.Context;
        var nodes = map.List("recipients");
        if (nodes.Count == 0)
        {
            context.Diagnostics.Error(
                map.Node("recipients") is { } empty ? context.At(empty) : map.Position,
                "`value` needs `recipients`: at least one `{ name, address, split }` to pay"
            );
            return null;
        }
        var recipients = new List<ValueRecipient>();
        var failed = false;
        foreach (var node in nodes)
        {
            if (Recipient(node, context, method) is { } recipient)
                recipients.Add(recipient);
            else
                failed = true;
        }
        if (failed)
            return null;
        if (recipients.All(r => r.Fee))
        {
            context.Diagnostics.Error(
                context.At(map.Node("recipients")!),
                "every recipient is a `fee`, so nothing is left for the show; give at least one recipient without `fee: true`"
            );
            return null;
        }
        return recipients;
    }

    private static ValueRecipient? Recipient(YamlNode node, YamlContext context, string? method)
    {
        var map = context.Mapping(node, "a value recipient");
        if (map is null)
            return null;
        map.CheckUnknownKeys(RecipientKeys, Severity.Error, "a value recipient");
        var name = map.String("name", required: true);
        var address = map.String("address", required: true);
        var split = Split(map);
        // Lightning's keysend and amp pay a node by its public key; an lnaddress method pays a Lightning address.
        var type =
            map.String("type")
            ?? method switch
            {
                "keysend" or "amp" => "node",
                "lnaddress" => "lnaddress",
                _ => null,
            };
        if (type is null && method is not null)
            context.Diagnostics.Error(map.Position, $"missing required key `type`: what kind of address `{address}` is, for `method: {method}`");
        if (address is not null && type == "node" && !System.Text.RegularExpressions.Regex.IsMatch(address, "^(02|03)[0-9a-fA-F]{64}$"))
        {
            context.Diagnostics.Error(
                context.At(map.Node("address")!),
                $"`address` of a Lightning node must be its public key, 66 hexadecimal digits starting `02` or `03`, not `{address}`"
            );
            address = null;
        }
        else if (address is not null && type == "lnaddress" && !address.Contains('@'))
        {
            context.Diagnostics.Error(
                context.At(map.Node("address")!),
                $"`address` of type `lnaddress` must be a Lightning address like `podcast@getalby.com`, not `{address}`"
            );
            address = null;
        }
        var customKey = map.String("custom_key");
        var customValue = map.String("custom_value");
        if ((customKey is null) != (customValue is null))
        {
            var given = customKey is null ? "custom_value" : "custom_key";
            context.Diagnostics.Error(
                context.At(map.Node(given)!),
                $"`{given}` needs its partner: write both `custom_key` and `custom_value` (the record a shared node routes by), or neither"
            );
            return null;
        }
        var fee = map.Bool("fee") ?? false;
        return name is null || address is null || split is null || type is null
            ? null
            : new ValueRecipient(name, type, address, split.Value, customKey, customValue, fee);
    }

    private static int? Split(YamlMap map)
    {
        var text = map.String("split", required: true);
        if (text is null)
            return null;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var split) && split > 0)
            return split;
        map.Context.Diagnostics.Error(
            map.Context.At(map.Node("split")!),
            $"`split` must be a whole number above 0, this recipient's share of the sum of all splits (like `90` and `10`), not `{text}`"
        );
        return null;
    }

    private static string Known(IEnumerable<string> values) => string.Join(", ", values.Select(v => $"`{v}`"));
}

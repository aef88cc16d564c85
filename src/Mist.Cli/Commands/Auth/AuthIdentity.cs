using System.Text.Json.Nodes;

namespace Mist.Cli.Commands.Auth;

/// <summary>The identity and orgs of a token as JSON: only who and where, never privileges' details or the token.</summary>
internal static class AuthIdentity
{
    public static JsonObject ToJson(SelfInfo self)
    {
        var user = new JsonObject();
        Add(user, "email", self.Email);
        Add(user, "first_name", self.FirstName);
        Add(user, "last_name", self.LastName);
        Add(user, "name", self.Name);
        Add(user, "admin_id", self.AdminId?.ToString());
        return user;
    }

    public static JsonArray ToJson(IEnumerable<ReachableOrg> orgs) =>
        [.. orgs.Select(o => (JsonNode)new JsonObject { ["id"] = o.Id.ToString(), ["name"] = o.Name, ["role"] = o.Role, ["scope"] = o.Scope })];

    private static void Add(JsonObject target, string name, string? value)
    {
        if (value is not null)
        {
            target[name] = value;
        }
    }
}

using Microsoft.Extensions.Options;

namespace ReformBot.Cards;

/// <summary>Loads the templates while the options are validated, so a broken template stops the start-up, not a reminder.</summary>
internal sealed class CardsOptionsValidator : IValidateOptions<CardsOptions>
{
    public ValidateOptionsResult Validate(string? name, CardsOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.Directory))
        {
            return ValidateOptionsResult.Skip;
        }

        var problems = CardTemplates.Validate(options.FullDirectory);
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}

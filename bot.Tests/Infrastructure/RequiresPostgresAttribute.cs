namespace ReformBot.Tests.Infrastructure;

/// <summary>
/// A test class that runs on the PostgreSQL server of <c>REFORMBOT_TEST_POSTGRES</c>. Without that server its tests are
/// not discovered at all (rather than skipped); see <see cref="ReformBotTestFramework"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class RequiresPostgresAttribute : Attribute;

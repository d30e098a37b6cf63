using Xunit.Abstractions;
using Xunit.Sdk;

[assembly: TestFramework("ReformBot.Tests.Infrastructure.ReformBotTestFramework", "ReformBot.Tests")]

namespace ReformBot.Tests.Infrastructure;

/// <summary>
/// xunit's own framework, except that test classes marked <see cref="RequiresPostgresAttribute"/> are only discovered
/// when <see cref="PostgresServer.IsAvailable"/>: a run without PostgreSQL has no PostgreSQL tests, not skipped ones.
/// </summary>
public sealed class ReformBotTestFramework(IMessageSink messageSink) : XunitTestFramework(messageSink)
{
    protected override ITestFrameworkDiscoverer CreateDiscoverer(IAssemblyInfo assemblyInfo) =>
        new Discoverer(assemblyInfo, SourceInformationProvider, DiagnosticMessageSink);

    private sealed class Discoverer(IAssemblyInfo assemblyInfo, ISourceInformationProvider sourceProvider, IMessageSink diagnosticMessageSink)
        : XunitTestFrameworkDiscoverer(assemblyInfo, sourceProvider, diagnosticMessageSink)
    {
        protected override bool FindTestsForType(
            ITestClass testClass, bool includeSourceInformation, IMessageBus messageBus, ITestFrameworkDiscoveryOptions discoveryOptions)
        {
            if (!PostgresServer.IsAvailable && testClass.Class.GetCustomAttributes(typeof(RequiresPostgresAttribute)).Any())
            {
                return true;
            }

            return base.FindTestsForType(testClass, includeSourceInformation, messageBus, discoveryOptions);
        }
    }
}

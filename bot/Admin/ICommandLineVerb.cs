namespace ReformBot.Admin;

/// <summary>
/// A command another feature adds to the service's command line (registered in its <c>AddX</c>): the names it answers
/// to and its run. Exit codes as <see cref="AdminCommandLine"/>'s: 0 done, 1 refused, 2 wrong usage.
/// </summary>
internal interface ICommandLineVerb
{
    IReadOnlyList<string> Names { get; }

    /// <param name="scope">A scope whose database is migrated.</param>
    /// <param name="args">All arguments, the command first; <paramref name="operands"/> without options and configuration.</param>
    Task<int> RunAsync(IServiceProvider scope, string command, string[] args, string[] operands, TextWriter output, TextWriter error, CancellationToken cancellationToken);
}

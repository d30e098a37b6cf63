using BenchmarkDotNet.Running;
using ReformBot.Bench;

BenchmarkSwitcher.FromAssembly(typeof(ReminderPlannerBench).Assembly).Run(args);

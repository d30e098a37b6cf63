using ReformBot.Absences;
using ReformBot.Admin;
using ReformBot.Broadcasts;
using ReformBot.Calendar;
using ReformBot.Cards;
using ReformBot.Channels.BotFramework;
using ReformBot.Channels.Zalo;
using ReformBot.Conversation;
using ReformBot.Delivery;
using ReformBot.Demo;
using ReformBot.Health;
using ReformBot.Hosting;
using ReformBot.Inbox;
using ReformBot.PlanChat;
using ReformBot.PlanDrafts;
using ReformBot.Progress;
using ReformBot.Reminders;
using ReformBot.Storage;
using ReformBot.Testing;
using ReformBot.WebChat;

var builder = WebApplication.CreateBuilder(ServiceContentRoot.Options(AdminCommandLine.ConfigurationArguments(args)));

builder.Services.AddClock(builder.Configuration, builder.Environment);
builder.Services.AddCalendar(builder.Configuration);
builder.Services.AddStorage(builder.Configuration);
builder.Services.AddInbox(builder.Configuration);
builder.Services.AddDemo(builder.Configuration);
builder.Services.AddAdmin(builder.Configuration);
builder.Services.AddPlanDrafts();
builder.Services.AddPlanChat();
builder.Services.AddCards(builder.Configuration);
builder.Services.AddConversation(builder.Configuration);
builder.Services.AddProgress(builder.Configuration);
builder.Services.AddDelivery(builder.Configuration);
builder.Services.AddBroadcasts();
builder.Services.AddAbsences();
builder.Services.AddReminders(builder.Configuration);
builder.Services.AddBotFramework(builder.Configuration);
builder.Services.AddZalo(builder.Configuration);
builder.Services.AddWebChat();
builder.Services.AddHealth();
builder.Services.AddOpenApi();

if (AdminCommandLine.IsCommand(args))
{
    builder.Logging.SetMinimumLevel(LogLevel.Warning);
    using var host = builder.Build();
    return await AdminCommandLine.RunAsync(host.Services, args, Console.Out, Console.Error, CancellationToken.None);
}

var app = builder.Build();

if (app.Environment.IsDevelopment())
{
    app.MapOpenApi();
}

app.MapHealth();
app.MapAdmin();
app.MapProgress();
app.MapBotFramework();
app.MapZalo();
app.MapTesting();
app.MapWebChat();

await app.RunAsync();
return 0;

/// <summary>Entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;

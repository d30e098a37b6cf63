namespace ReformBot.Admin;

public static class AdminEndpoints
{
    /// <summary>The admin API under <c>/api/admin</c>, behind the API key.</summary>
    public static RouteGroupBuilder MapAdmin(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/api/admin").AddEndpointFilter<AdminApiKeyFilter>();
        admin.MapPlans();
        admin.MapPlanDrafts();
        admin.MapLinkCodes();
        admin.MapAudit();
        admin.MapRecognize();
        admin.MapReminders();
        admin.MapPastDue();
        admin.MapCalendar();
        admin.MapAbsences();
        admin.MapOperations();
        return admin;
    }
}

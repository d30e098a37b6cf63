namespace ReformBot.PlanChat;

/// <summary>Where a previewed plan stands: waiting for its buttons, loaded, or discarded ("Huỷ", or refused at load).</summary>
public enum PendingPlanDraftState
{
    Pending,
    Loaded,
    Discarded,
}

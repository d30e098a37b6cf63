using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ReformBot.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "chat_accounts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AccountId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OfficerId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    AadObjectId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 250, nullable: false),
                    LinkedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_chat_accounts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "plans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Title = table.Column<string>(type: "TEXT", nullable: false),
                    Issuer = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Indices = table.Column<string>(type: "TEXT", nullable: false),
                    Coordinator = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Targets = table.Column<string>(type: "TEXT", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "officers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    PlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    OfficerId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Roles = table.Column<string>(type: "TEXT", nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 320, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Accounts = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_officers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_officers_plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "plan_revisions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    LoadedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    FileJson = table.Column<string>(type: "TEXT", nullable: false),
                    DiffJson = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plan_revisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_plan_revisions_plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "report_schedules",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    PlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Title = table.Column<string>(type: "TEXT", nullable: false),
                    Cadence = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DueDay = table.Column<int>(type: "INTEGER", nullable: false),
                    DueMonths = table.Column<string>(type: "TEXT", nullable: true),
                    DueMonth = table.Column<int>(type: "INTEGER", nullable: true),
                    Window = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Submitters = table.Column<string>(type: "TEXT", nullable: false),
                    Recipient = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    IsCancelled = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_report_schedules", x => x.Id);
                    table.ForeignKey(
                        name: "FK_report_schedules_plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "tasks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    PlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    Ref = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Title = table.Column<string>(type: "TEXT", nullable: false),
                    Field = table.Column<string>(type: "TEXT", nullable: true),
                    Index = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Criterion = table.Column<string>(type: "TEXT", nullable: true),
                    Target = table.Column<string>(type: "TEXT", nullable: true),
                    Lead = table.Column<string>(type: "TEXT", nullable: false),
                    Coordinating = table.Column<string>(type: "TEXT", nullable: false),
                    ExplicitAssignees = table.Column<string>(type: "TEXT", nullable: true),
                    AssigneeIds = table.Column<string>(type: "TEXT", nullable: false),
                    DeadlineText = table.Column<string>(type: "TEXT", nullable: true),
                    EvidenceRequired = table.Column<bool>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Progress = table.Column<int>(type: "INTEGER", nullable: false),
                    Deadline_CheckIn = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Deadline_Date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Deadline_Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Deadline_Until = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Deadline_Year = table.Column<int>(type: "INTEGER", nullable: true),
                    Score_Current = table.Column<decimal>(type: "TEXT", precision: 9, scale: 3, nullable: true),
                    Score_Max = table.Column<decimal>(type: "TEXT", precision: 9, scale: 3, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tasks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_tasks_plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "units",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    PlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Parent = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_units", x => x.Id);
                    table.ForeignKey(
                        name: "FK_units_plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "report_periods",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ScheduleId = table.Column<long>(type: "INTEGER", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    WindowStart = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    WindowEnd = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Label = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_report_periods", x => x.Id);
                    table.ForeignKey(
                        name: "FK_report_periods_report_schedules_ScheduleId",
                        column: x => x.ScheduleId,
                        principalTable: "report_schedules",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "task_evidence",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TaskId = table.Column<long>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    OfficerId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_task_evidence", x => x.Id);
                    table.ForeignKey(
                        name: "FK_task_evidence_tasks_TaskId",
                        column: x => x.TaskId,
                        principalTable: "tasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "task_status_changes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TaskId = table.Column<long>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    OfficerId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    OldState = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    NewState = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    OldProgress = table.Column<int>(type: "INTEGER", nullable: false),
                    NewProgress = table.Column<int>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_task_status_changes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_task_status_changes_tasks_TaskId",
                        column: x => x.TaskId,
                        principalTable: "tasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "report_submissions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PeriodId = table.Column<long>(type: "INTEGER", nullable: false),
                    UnitCode = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    SubmittedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Note = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_report_submissions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_report_submissions_report_periods_PeriodId",
                        column: x => x.PeriodId,
                        principalTable: "report_periods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_chat_accounts_AadObjectId",
                table: "chat_accounts",
                column: "AadObjectId");

            migrationBuilder.CreateIndex(
                name: "IX_chat_accounts_Channel_AccountId",
                table: "chat_accounts",
                columns: new[] { "Channel", "AccountId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_chat_accounts_OfficerId",
                table: "chat_accounts",
                column: "OfficerId");

            migrationBuilder.CreateIndex(
                name: "IX_officers_Email",
                table: "officers",
                column: "Email");

            migrationBuilder.CreateIndex(
                name: "IX_officers_OfficerId",
                table: "officers",
                column: "OfficerId");

            migrationBuilder.CreateIndex(
                name: "IX_officers_Phone",
                table: "officers",
                column: "Phone");

            migrationBuilder.CreateIndex(
                name: "IX_officers_PlanId_OfficerId",
                table: "officers",
                columns: new[] { "PlanId", "OfficerId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_plan_revisions_PlanId_Number",
                table: "plan_revisions",
                columns: new[] { "PlanId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_plans_Code",
                table: "plans",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_report_periods_DueDate",
                table: "report_periods",
                column: "DueDate");

            migrationBuilder.CreateIndex(
                name: "IX_report_periods_ScheduleId_DueDate",
                table: "report_periods",
                columns: new[] { "ScheduleId", "DueDate" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_report_schedules_PlanId_Code",
                table: "report_schedules",
                columns: new[] { "PlanId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_report_submissions_PeriodId_UnitCode",
                table: "report_submissions",
                columns: new[] { "PeriodId", "UnitCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_task_evidence_TaskId",
                table: "task_evidence",
                column: "TaskId");

            migrationBuilder.CreateIndex(
                name: "IX_task_status_changes_TaskId_At",
                table: "task_status_changes",
                columns: new[] { "TaskId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_tasks_PlanId_Ref",
                table: "tasks",
                columns: new[] { "PlanId", "Ref" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_units_PlanId_Code",
                table: "units",
                columns: new[] { "PlanId", "Code" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "chat_accounts");

            migrationBuilder.DropTable(
                name: "officers");

            migrationBuilder.DropTable(
                name: "plan_revisions");

            migrationBuilder.DropTable(
                name: "report_submissions");

            migrationBuilder.DropTable(
                name: "task_evidence");

            migrationBuilder.DropTable(
                name: "task_status_changes");

            migrationBuilder.DropTable(
                name: "units");

            migrationBuilder.DropTable(
                name: "report_periods");

            migrationBuilder.DropTable(
                name: "tasks");

            migrationBuilder.DropTable(
                name: "report_schedules");

            migrationBuilder.DropTable(
                name: "plans");
        }
    }
}

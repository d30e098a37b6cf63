using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ReformBot.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Round3 : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "InDailyMessage",
                table: "outbox_messages",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "absences",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OfficerId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Until = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SetBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EndedEarlyAt = table.Column<long>(type: "INTEGER", nullable: true),
                    EndedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_absences", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "past_due_items",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ItemRef = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UnitCode = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ChasedFrom = table.Column<long>(type: "INTEGER", nullable: true),
                    ChasedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_past_due_items", x => x.Id);
                    table.ForeignKey(
                        name: "FK_past_due_items_plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "reminder_stops",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OfficerId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PlanCode = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ItemRef = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UnitCode = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    StoppedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    StoppedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ResumedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ResumedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reminder_stops", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_absences_OfficerId_Until",
                table: "absences",
                columns: new[] { "OfficerId", "Until" });

            migrationBuilder.CreateIndex(
                name: "IX_past_due_items_PlanId_Subject_ItemRef_UnitCode_DueDate",
                table: "past_due_items",
                columns: new[] { "PlanId", "Subject", "ItemRef", "UnitCode", "DueDate" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_reminder_stops_OfficerId_PlanCode_ItemRef",
                table: "reminder_stops",
                columns: new[] { "OfficerId", "PlanCode", "ItemRef" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "absences");

            migrationBuilder.DropTable(
                name: "past_due_items");

            migrationBuilder.DropTable(
                name: "reminder_stops");

            migrationBuilder.DropColumn(
                name: "InDailyMessage",
                table: "outbox_messages");
        }
    }
}

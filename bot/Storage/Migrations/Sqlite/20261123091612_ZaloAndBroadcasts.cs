using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ReformBot.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ZaloAndBroadcasts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "broadcasts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    PlanCode = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    SenderOfficerId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Urgent = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReportedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_broadcasts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "zalo_seen_events",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SeenAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_zalo_seen_events", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "zalo_tokens",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    AccessToken = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    AccessTokenExpiresAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RefreshToken = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    RefreshStartedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_zalo_tokens", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "zalo_users",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    IsFollowing = table.Column<bool>(type: "INTEGER", nullable: true),
                    LastInteractionAt = table.Column<long>(type: "INTEGER", nullable: true),
                    FollowChangedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_zalo_users", x => x.UserId);
                });

            migrationBuilder.CreateTable(
                name: "broadcast_recipients",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BroadcastId = table.Column<long>(type: "INTEGER", nullable: false),
                    OfficerId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    OfficerName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    MessageJson = table.Column<string>(type: "TEXT", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    NextAttemptAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AcknowledgedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_broadcast_recipients", x => x.Id);
                    table.ForeignKey(
                        name: "FK_broadcast_recipients_broadcasts_BroadcastId",
                        column: x => x.BroadcastId,
                        principalTable: "broadcasts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_broadcast_recipients_BroadcastId_OfficerId",
                table: "broadcast_recipients",
                columns: new[] { "BroadcastId", "OfficerId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_broadcast_recipients_State",
                table: "broadcast_recipients",
                column: "State");

            migrationBuilder.CreateIndex(
                name: "IX_broadcasts_ReportedAt",
                table: "broadcasts",
                column: "ReportedAt");

            migrationBuilder.CreateIndex(
                name: "IX_zalo_seen_events_SeenAt",
                table: "zalo_seen_events",
                column: "SeenAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "broadcast_recipients");

            migrationBuilder.DropTable(
                name: "zalo_seen_events");

            migrationBuilder.DropTable(
                name: "zalo_tokens");

            migrationBuilder.DropTable(
                name: "zalo_users");

            migrationBuilder.DropTable(
                name: "broadcasts");
        }
    }
}

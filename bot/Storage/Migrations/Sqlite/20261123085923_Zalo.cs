using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ReformBot.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Zalo : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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

            migrationBuilder.CreateIndex(
                name: "IX_zalo_seen_events_SeenAt",
                table: "zalo_seen_events",
                column: "SeenAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "zalo_seen_events");

            migrationBuilder.DropTable(
                name: "zalo_tokens");

            migrationBuilder.DropTable(
                name: "zalo_users");
        }
    }
}

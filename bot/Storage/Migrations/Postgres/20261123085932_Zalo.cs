using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ReformBot.Storage.Migrations.Postgres
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
                    Key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SeenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_zalo_seen_events", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "zalo_tokens",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    AccessToken = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    AccessTokenExpiresAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    RefreshToken = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    RefreshStartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    LastError = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_zalo_tokens", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "zalo_users",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    IsFollowing = table.Column<bool>(type: "boolean", nullable: true),
                    LastInteractionAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    FollowChangedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
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

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ReformBot.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DailyMessage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "InDailyMessage",
                table: "outbox_messages",
                type: "boolean",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "InDailyMessage",
                table: "outbox_messages");
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ReformBot.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PlanStateVersion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "StateVersion",
                table: "plans",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "StateVersion",
                table: "plans");
        }
    }
}

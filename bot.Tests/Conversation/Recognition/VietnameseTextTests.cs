using ReformBot.Conversation.Recognition;

namespace ReformBot.Tests.Conversation.Recognition;

public sealed class VietnameseTextTests
{
    [Theory]
    [InlineData("Đã XONG rồi", "da xong roi")]
    [InlineData("  xong   r  ", "xong roi")]
    [InlineData("đc 70 %", "duoc 70%")]
    [InlineData("được 70 phần trăm", "duoc 70%")]
    [InlineData("dang lam dc 70 phan tram", "dang lam duoc 70%")]
    [InlineData("ko vướng", "khong vuong")]
    [InlineData("hok biết", "khong biet")]
    [InlineData("nv 2.a", "nhiem vu 2.a")]
    [InlineData("nv2.a xong", "nhiem vu 2.a xong")]
    [InlineData("bc quý 4", "bao cao quy 4")]
    [InlineData("oke", "ok")]
    [InlineData("okie", "ok")]
    [InlineData("vs ng nào?", "voi nguoi nao ?")]
    [InlineData("làm j nx", "lam gi nua")]
    [InlineData("vướng: chưa có", "vuong : chua co")]
    [InlineData("họp lúc 14:30, phòng 2", "hop luc 14:30 , phong 2")]
    [InlineData("0,5 điểm", "0,5 diem")]
    [InlineData("xong r.", "xong roi .")]
    [InlineData("20/12/2024", "20/12/2024")]
    [InlineData("Nhiệm vụ II.2", "nhiem vu ii.2")]
    [InlineData("", "")]
    [InlineData("\u0111a\u0303 xong", "da xong")]
    [InlineData("xem https://Drive.google.com/A?x=1.", "xem https://drive.google.com/a?x=1 .")]
    public void FoldsChatText(string text, string expected) => Assert.Equal(expected, VietnameseText.Fold(text));

    [Fact]
    public void FoldingIsIdempotent()
    {
        var once = VietnameseText.Fold("Đang làm đc 70 %, vướng: ko có kinh phí, nv 2.a");
        Assert.Equal(once, VietnameseText.Fold(once));
    }

    [Fact]
    public void EmojiAndLoneSurrogatesDoNotThrow()
    {
        Assert.Equal("ok ok", VietnameseText.Fold("👍 OK"));
        _ = VietnameseText.Fold("\uD83D abc \uDE00");
    }
}

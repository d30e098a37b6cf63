using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ReformBot.Cards;

namespace ReformBot.Tests.Cards;

public sealed class CardTemplateBinderTests
{
    private static JsonNode? Bind(string template, string data) =>
        CardTemplateBinder.Bind("test", JsonNode.Parse(template)!, JsonNode.Parse(data));

    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string BindToString(string template, string data) => Bind(template, data)!.ToJsonString(Readable);

    [Fact]
    public void WholeStringExpressionKeepsTheJsonType()
    {
        var bound = Bind("""{"n":"${n}","b":"${b}","o":"${o}","a":"${a}","s":"${s}"}""", """{"n":1.5,"b":true,"o":{"x":1},"a":[1,2],"s":"x"}""")!;
        Assert.Equal("""{"n":1.5,"b":true,"o":{"x":1},"a":[1,2],"s":"x"}""", bound.ToJsonString());
    }

    [Fact]
    public void EmbeddedExpressionsInterpolateAsText()
    {
        var bound = BindToString("""{"t":"Nhiệm vụ ${task.ref}: ${n}% ${b} ${missing}."}""", """{"task":{"ref":"2.a"},"n":70,"b":false}""");
        Assert.Equal("""{"t":"Nhiệm vụ 2.a: 70% false ."}""", bound);
    }

    [Fact]
    public void UnknownWholePathLeavesThePropertyOut()
    {
        Assert.Equal("""{"type":"TextBlock"}""", BindToString("""{"type":"TextBlock","text":"${nothing.here}"}""", "{}"));
        Assert.Equal("""{"type":"TextBlock"}""", BindToString("""{"type":"TextBlock","text":"${n}"}""", """{"n":null}"""));
    }

    [Fact]
    public void ObjectWhoseOnlyPropertyBindsToNothingIsDropped()
    {
        Assert.Equal("""{"items":[{"x":1}]}""", BindToString("""{"items":[{"v":"${missing}"},{"x":1}]}""", "{}"));
        Assert.Equal("{}", BindToString("""{"o":{"v":"${missing}"}}""", "{}"));
    }

    [Fact]
    public void DataArrayRepeatsTheElementWithIndexAndRoot()
    {
        var bound = BindToString(
            """{"body":[{"$data":"${people}","text":"${$index}. ${name} (${$root.unit})"}]}""",
            """{"unit":"Nội vụ","people":[{"name":"An"},{"name":"Bình"}]}""");
        Assert.Equal("""{"body":[{"text":"0. An (Nội vụ)"},{"text":"1. Bình (Nội vụ)"}]}""", bound);
    }

    [Fact]
    public void DataObjectBecomesTheNewScopeAndDataIsTheScopeItself()
    {
        Assert.Equal("""{"c":{"t":"2.a","d":{"ref":"2.a"}}}""", BindToString("""{"c":{"$data":"${task}","t":"${ref}","d":"${$data}"}}""", """{"task":{"ref":"2.a"}}"""));
        Assert.Equal("""{"b":[{"t":"2.a"}]}""", BindToString("""{"b":[{"$data":"${task}","t":"${ref}"}]}""", """{"task":{"ref":"2.a"}}"""));
    }

    [Fact]
    public void NestedRepetitionsSeeTheirOwnIndexAndRoot()
    {
        var bound = BindToString(
            """{"g":[{"$data":"${groups}","n":"${name}","items":[{"$data":"${items}","t":"${$index}:${title}:${$root.k}"}]}]}""",
            """{"k":"K","groups":[{"name":"A","items":[{"title":"x"},{"title":"y"}]},{"name":"B","items":[]}]}""");
        Assert.Equal("""{"g":[{"n":"A","items":[{"t":"0:x:K"},{"t":"1:y:K"}]},{"n":"B","items":[]}]}""", bound);
    }

    [Fact]
    public void MissingDataDropsTheElement()
    {
        Assert.Equal("""{"b":[]}""", BindToString("""{"b":[{"$data":"${nothing}","t":"x"}]}""", "{}"));
    }

    [Theory]
    [InlineData("${show}", true)]
    [InlineData("${!show}", false)]
    [InlineData("${n > 3}", true)]
    [InlineData("${n >= 5 && n <= 5}", true)]
    [InlineData("${n < 5 || s == 'a'}", true)]
    [InlineData("${n != 5}", false)]
    [InlineData("${s == \"a\" && !(n == 4)}", true)]
    [InlineData("${exists(missing)}", false)]
    [InlineData("${exists(s)}", true)]
    [InlineData("${count(list) == 3}", true)]
    [InlineData("${count(missing) == 0}", true)]
    [InlineData("${if(show, n, 0) == 5}", true)]
    [InlineData("${not(show)}", false)]
    [InlineData("${missing}", false)]
    [InlineData("${missing == null}", true)]
    [InlineData("${list[1] == 2}", true)]
    [InlineData("${n + 1 == 6 && n - 1 == 4}", true)]
    [InlineData("${s + 'b' == 'ab'}", true)]
    [InlineData("${empty == ''}", true)]
    [InlineData("${empty}", false)]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public void WhenKeepsOrDropsTheElement(object when, bool kept)
    {
        var template = new JsonObject { ["b"] = new JsonArray(new JsonObject { ["$when"] = JsonValue.Create(when), ["t"] = "x" }) };
        var data = JsonNode.Parse("""{"show":true,"n":5,"s":"a","list":[1,2,3],"empty":""}""");
        var bound = CardTemplateBinder.Bind("test", template, data)!;
        Assert.Equal(kept ? 1 : 0, bound["b"]!.AsArray().Count);
    }

    [Fact]
    public void WhenIsEvaluatedPerRepeatedItem()
    {
        var bound = BindToString("""{"b":[{"$data":"${xs}","$when":"${v > 1}","v":"${v}"}]}""", """{"xs":[{"v":1},{"v":2},{"v":3}]}""");
        Assert.Equal("""{"b":[{"v":2},{"v":3}]}""", bound);
    }

    [Fact]
    public void IfReturnsTheChosenValueWithItsType()
    {
        Assert.Equal("""{"c":"attention","n":3}""", BindToString("""{"c":"${if(late, 'attention', 'default')}","n":"${if(late, n, 'x')}"}""", """{"late":true,"n":3}"""));
    }

    [Fact]
    public void TemplateIsNotModifiedAndDataIsCopied()
    {
        var template = JsonNode.Parse("""{"a":"${o}","b":"${o}"}""")!;
        var before = template.ToJsonString();
        var data = JsonNode.Parse("""{"o":{"x":1}}""");
        var bound = CardTemplateBinder.Bind("test", template, data)!;
        bound["a"]!["x"] = 2;
        Assert.Equal(before, template.ToJsonString());
        Assert.Equal(1, (int)bound["b"]!["x"]!);
        Assert.Equal(1, (int)data!["o"]!["x"]!);
    }

    [Fact]
    public void LiteralsWithoutExpressionsAreCopied()
    {
        Assert.Equal("""{"$schema":"s","n":1,"b":[true,null,"x"]}""", BindToString("""{"$schema":"s","n":1,"b":[true,null,"x"]}""", "{}"));
    }

    [Theory]
    [InlineData("${a ==}")]
    [InlineData("${a b}")]
    [InlineData("${(a}")]
    [InlineData("${'open}")]
    [InlineData("${json(a)}")]
    [InlineData("${if(a, b)}")]
    [InlineData("${a # b}")]
    [InlineData("${}")]
    [InlineData("text ${a")]
    public void SyntaxErrorNamesTemplateAndExpression(string text)
    {
        var template = new JsonObject { ["t"] = text };
        var e = Assert.Throws<CardTemplateException>(() => CardTemplateBinder.Bind("task-reminder", template, new JsonObject()));
        Assert.Contains("task-reminder", e.Message, StringComparison.Ordinal);
        Assert.Equal("task-reminder", e.Template);
        Assert.NotNull(e.Expression);
        Assert.Throws<CardTemplateException>(() => CardTemplateBinder.Check("task-reminder", template));
    }

    [Fact]
    public void CheckAcceptsValidExpressions()
    {
        CardTemplateBinder.Check("t", JsonNode.Parse("""{"a":[{"$when":"${exists(x) && count(y) > 0}","t":"a ${b.c[0]} d"}]}"""));
    }
}

using System.Reflection;
using System.Reflection.Emit;

namespace ReformBot.Tests;

/// <summary>
/// The domain (plans, calendar, the reminder planner) is plain C#: it must not use HTTP, EF Core, Quartz or channel
/// types. Checked on every member signature and every type or member its method bodies refer to.
/// </summary>
public sealed class DomainPurityTests
{
    private static readonly string[] DomainNamespaces = ["ReformBot.Plans", "ReformBot.Calendar"];

    private static readonly string[] ForbiddenPrefixes =
    [
        "Microsoft.AspNetCore", "Microsoft.EntityFrameworkCore", "Microsoft.Data.Sqlite", "Npgsql", "Quartz",
        "System.Net.Http", "ReformBot.Channels", "ReformBot.Storage", "ReformBot.Admin",
    ];

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    [Fact]
    public void DomainCodeUsesNoInfrastructureTypes()
    {
        var domainTypes = typeof(Program).Assembly.GetTypes()
            .Where(t => DomainNamespaces.Any(n => t.Namespace == n || (t.Namespace?.StartsWith(n + ".", StringComparison.Ordinal) ?? false)))
            .ToList();
        Assert.NotEmpty(domainTypes);

        var violations = domainTypes
            .SelectMany(t => ReferencedTypes(t).Select(r => (Type: t, Reference: r)))
            .Where(x => ForbiddenPrefixes.Any(p => x.Reference.FullName?.StartsWith(p, StringComparison.Ordinal) ?? false))
            .Select(x => $"{x.Type.FullName} uses {x.Reference.FullName}")
            .Distinct()
            .ToList();

        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    internal static IEnumerable<Type> ReferencedTypes(Type type)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        if (type.BaseType is not null)
        {
            yield return type.BaseType;
        }

        foreach (var i in type.GetInterfaces())
        {
            yield return i;
        }

        foreach (var field in type.GetFields(all))
        {
            yield return field.FieldType;
        }

        foreach (var method in type.GetMethods(all).Cast<MethodBase>().Concat(type.GetConstructors(all)))
        {
            if (method is MethodInfo info)
            {
                yield return info.ReturnType;
            }

            foreach (var parameter in method.GetParameters())
            {
                yield return parameter.ParameterType;
            }

            foreach (var referenced in BodyReferences(method))
            {
                yield return referenced;
            }
        }
    }

    /// <summary>The types that a method body's instructions name (calls, fields, casts, allocations).</summary>
    private static IEnumerable<Type> BodyReferences(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
        {
            yield break;
        }

        var position = 0;
        while (position < il.Length)
        {
            short value = il[position++];
            if (value == 0xFE)
            {
                value = unchecked((short)(0xFE00 | il[position++]));
            }

            var opCode = OpCodesByValue[value];
            switch (opCode.OperandType)
            {
                case OperandType.InlineMethod:
                case OperandType.InlineField:
                case OperandType.InlineType:
                case OperandType.InlineTok:
                    var token = BitConverter.ToInt32(il, position);
                    var member = Resolve(method, token);
                    if (member is Type t)
                    {
                        yield return t;
                    }
                    else if (member?.DeclaringType is not null)
                    {
                        yield return member.DeclaringType;
                    }

                    position += 4;
                    break;
                case OperandType.InlineSwitch:
                    position += 4 + (4 * BitConverter.ToInt32(il, position));
                    break;
                case OperandType.InlineI8:
                case OperandType.InlineR:
                    position += 8;
                    break;
                case OperandType.InlineNone:
                    break;
                case OperandType.ShortInlineBrTarget:
                case OperandType.ShortInlineI:
                case OperandType.ShortInlineVar:
                    position += 1;
                    break;
                case OperandType.InlineVar:
                    position += 2;
                    break;
                default:
                    position += 4;
                    break;
            }
        }
    }

    private static MemberInfo? Resolve(MethodBase method, int token)
    {
        try
        {
            var typeArguments = method.DeclaringType?.IsGenericType == true ? method.DeclaringType.GetGenericArguments() : null;
            var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
            return method.Module.ResolveMember(token, typeArguments, methodArguments);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}

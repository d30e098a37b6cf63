namespace ReformBot.Plans;

public enum EvidenceKind
{
    Link,
    Document,
    File,
}

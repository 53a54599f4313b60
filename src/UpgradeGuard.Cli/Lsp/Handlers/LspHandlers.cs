using System;
using System.Collections.Generic;
using UpgradeGuard.Cli.Lsp.Protocol;

namespace UpgradeGuard.Cli.Lsp.Handlers;

/// <summary>
/// Every method the server handles, in one explicit list (no reflection, so Native AOT keeps them all), and the server
/// capabilities they add up to. A method not listed is answered -32601 (a request) or ignored (a notification).
/// </summary>
internal sealed class LspHandlers
{
    private readonly Dictionary<string, ILspHandler> _byMethod = new(StringComparer.Ordinal);

    public LspHandlers(IEnumerable<ILspHandler> handlers)
    {
        var all = new List<ILspHandler>();
        foreach (var handler in handlers)
        {
            if (!_byMethod.TryAdd(handler.Method, handler)) throw new ArgumentException($"two handlers for '{handler.Method}'", nameof(handlers));
            if (handler.IsRequest != handler is IRequestHandler || !handler.IsRequest != handler is INotificationHandler)
            {
                throw new ArgumentException($"the handler of '{handler.Method}' does not implement what IsRequest says", nameof(handlers));
            }
            all.Add(handler);
        }
        All = all;
        var capabilities = new ServerCapabilities();
        foreach (var handler in all) capabilities = handler.Contribute(capabilities);
        Capabilities = capabilities;
    }

    /// <summary>The language server's handlers.</summary>
    public static LspHandlers For(LspSession session)
    {
        LspHandlers? registry = null;
        registry = new LspHandlers(new ILspHandler[]
        {
            new InitializeHandler(session, () => registry!.Capabilities),
            new InitializedHandler(),
            new ShutdownHandler(session),
            new ExitHandler(session),
            new DidOpenHandler(session),
            new DidChangeHandler(session),
            new DidSaveHandler(session),
            new DidCloseHandler(session),
            new DidChangeWatchedFilesHandler(session),
            new DidChangeConfigurationHandler(session),
            new CodeActionHandler(session),
            new HoverHandler(session),
            new CompletionHandler(session),
        });
        return registry;
    }

    public IReadOnlyList<ILspHandler> All { get; }

    /// <summary>What the server announces in its <c>initialize</c> answer: the sum of every handler's contribution.</summary>
    public ServerCapabilities Capabilities { get; }

    public IRequestHandler? Request(string method) => _byMethod.TryGetValue(method, out var handler) ? handler as IRequestHandler : null;

    public INotificationHandler? Notification(string method) => _byMethod.TryGetValue(method, out var handler) ? handler as INotificationHandler : null;
}
